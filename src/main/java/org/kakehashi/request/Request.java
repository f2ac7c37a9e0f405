package org.kakehashi.request;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.kakehashi.calendar.CityCalendar;
import org.kakehashi.language.LanguageTag;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A request for translation, checking or interpretation: who asked ({@link Requester}), what they asked
 * ({@link Brief}), one {@link Job} per target language, and everything that has happened to it since. Its parts
 * hold their own rules: the {@link Triage}'s findings and rejection, the {@link Turnaround}'s dates, the
 * {@link Interpretation}'s event and booking, the {@link PartnerReceipts}, the {@link CitizenOrigin} of a request
 * from the public form, the {@link Job}'s own steps. The aggregate takes each step only where its
 * {@link RequestLifecycle} allows it ({@link RequestStep}), and every change leaves an entry on its timeline:
 * intake, triage and delivery here, a job's routing, translation and review in {@link JobSteps}, an
 * interpretation's booking and report in {@link InterpretationSteps}.
 */
@Entity
@Table(name = "translation_request", indexes = {
        @Index(name = "translation_request_received_on", columnList = "received_on"),
        @Index(name = "translation_request_delivered_on", columnList = "delivered_on"),
        @Index(name = "translation_request_event_start", columnList = "event_start"),
        @Index(name = "translation_request_submitted_at", columnList = "submitted_at"),
        @Index(name = "translation_request_department_submitted_at", columnList = "department, submitted_at")})
public class Request {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    @Version
    private long version;

    @Embedded
    private RequestNumber number;

    @Embedded
    private Requester requester;

    @Embedded
    private Brief brief;

    @Embedded
    private Triage triage = new Triage();

    @Embedded
    private Interpretation interpretation;

    @Embedded
    private PartnerReceipts partnerReceipts = new PartnerReceipts(Set.of());

    @Embedded
    private CitizenOrigin citizen;

    @Embedded
    private Turnaround turnaround;

    @Embedded
    private SubmissionKey submissionKey;

    @Embedded
    private TranslationJobs translationJobs;

    @Embedded
    private RequestLifecycle lifecycle;

    protected Request() {
    }

    private Request(Submission submission) {
        NewRequest form = submission.form();
        this.number = submission.number();
        this.brief = new Brief(submission);
        this.requester = new Requester(submission);
        this.turnaround = new Turnaround(submission);
        this.citizen = form.citizen();
        this.partnerReceipts = new PartnerReceipts(form.partners());
        if (form.type() == RequestType.INTERPRETATION) {
            this.interpretation = new Interpretation(form.event());
        }
        this.translationJobs = new TranslationJobs(form);
        this.lifecycle = new RequestLifecycle(submission.at(), submission.requester());
    }

    /**
     * A new request, waiting for triage: one job per target language, in the requester's order; for a check,
     * each holding the translation to check.
     */
    public static Request submit(Submission submission) {
        return new Request(submission);
    }

    /** Before the request is stored: the Idempotency-Key it is submitted under. */
    void submittedUnder(SubmissionKey key) {
        this.submissionKey = key;
    }

    Optional<SubmissionKey> submissionKey() {
        return Optional.ofNullable(submissionKey);
    }

    public boolean isFromCitizen() {
        return citizen != null;
    }

    /**
     * Retention of a closed citizen's request: the citizen's name and address, the text and its translations, the
     * event's place and audience, the notes of the timeline and the files go; the facts stay — what kind of
     * request, which languages, who did which step when — for the office's reports. Erasing twice changes nothing.
     */
    public void erasePersonalData(Instant at) {
        if (!isFromCitizen() || !lifecycle.status().isClosed()) {
            throw new IllegalStateException(number + " is not a closed citizen's request");
        }
        if (citizen.erase(at)) {
            brief.eraseText(at);
            interpretation().ifPresent(Interpretation::erasePersonalData);
            translationJobs.eraseTranslations(at);
            lifecycle.eraseNotes();
        }
    }

    /** What the intake rules found, for the coordinator to weigh at triage. */
    public void noteIntakeFindings(List<IntakeFinding> findings) {
        lifecycle.require(RequestStep.NOTE_INTAKE_FINDINGS, number);
        triage.note(findings);
    }

    public void accept(String coordinator, Instant at) {
        lifecycle.require(RequestStep.ACCEPT, number);
        translationJobs.start(brief.type());
        lifecycle.take(RequestStep.ACCEPT, coordinator, at, null, null);
    }

    /** For the reason and the comment, see {@link Triage#reject}. */
    public void reject(String coordinator, String reason, String comment, Instant at) {
        lifecycle.require(RequestStep.REJECT, number);
        triage.reject(reason, comment);
        translationJobs.drop();
        lifecycle.take(RequestStep.REJECT, coordinator, at, null, comment);
    }

    /** The coordinator needs to know more before deciding; the question is shown to the requester. */
    public void askBack(String coordinator, String question, Instant at) {
        lifecycle.require(RequestStep.ASK_BACK, number);
        String required = RequestProblem.requireText("comment", question, "request.question-missing");
        lifecycle.take(RequestStep.ASK_BACK, coordinator, at, null, required);
    }

    /** Only the requester answers their request's question; triage then resumes. */
    public void answer(String requester, String answer, Instant at) {
        lifecycle.require(RequestStep.ANSWER, number);
        this.requester.require(requester, number, "answer");
        String required = RequestProblem.requireText("answer", answer, "request.answer-missing");
        lifecycle.take(RequestStep.ANSWER, requester, at, null, required);
    }

    public void recordReminder(String by, Instant at) {
        lifecycle.require(RequestStep.REMIND_REQUESTER, number);
        lifecycle.take(RequestStep.REMIND_REQUESTER, by, at, null, null);
    }

    /** No answer came in the time the city allows. */
    public void lapse(String by, Instant at) {
        lifecycle.require(RequestStep.LAPSE, number);
        translationJobs.drop();
        lifecycle.take(RequestStep.LAPSE, by, at, null, null);
    }

    /** Only the requester withdraws their request ({@link RequestStep#CANCEL} says until when). */
    public void cancel(String requester, String reason, Instant at) {
        lifecycle.require(RequestStep.CANCEL, number);
        this.requester.require(requester, number, "cancel");
        translationJobs.drop();
        interpretation().ifPresent(Interpretation::withdraw);
        lifecycle.take(RequestStep.CANCEL, requester, at, null, reason);
    }

    /**
     * An event on the request that is no step of its own — a task's reminder, escalation or assignment, a check
     * overridden — goes on the timeline whatever the request's status; the note names the task or the finding.
     */
    public void record(TimelineEvent event, LanguageTag target, String by, String note, Instant at) {
        lifecycle.record(event, by, at, target, note);
    }

    /** The steps of the job for this target language: routing, translation, review. */
    public JobSteps onJob(LanguageTag target) {
        return new JobSteps(number, target, translationJobs, brief.type(), requester, lifecycle);
    }

    /** The steps of an interpretation after triage: booking, reminder, the event held, the report. */
    public InterpretationSteps interpreting() {
        return new InterpretationSteps(number, interpretation, lifecycle);
    }

    /** @param by who delivered: the system account of the process engine, until the delivery feature exists */
    public void deliver(String by, Instant at, ZoneId cityZone, CityCalendar calendar) {
        lifecycle.require(RequestStep.DELIVER, number);
        turnaround.delivered(at, cityZone, calendar);
        lifecycle.take(RequestStep.DELIVER, by, at, null, null);
    }

    /** @return whether every partner has now confirmed */
    public boolean confirmReceipt(String partner, String by, Instant at) {
        lifecycle.require(RequestStep.CONFIRM_RECEIPT, number);
        boolean first = partnerReceipts.confirm(number, partner);
        lifecycle.refuseUnless(first, number, "confirmReceipt " + partner);
        lifecycle.take(RequestStep.CONFIRM_RECEIPT, by, at, null, partner);
        return partnerReceipts.allConfirmed();
    }

    public void recordPartnerReminder(String by, Instant at) {
        lifecycle.require(RequestStep.REMIND_PARTNERS, number);
        lifecycle.take(RequestStep.REMIND_PARTNERS, by, at, null, String.join(", ", partnerReceipts.waiting()));
    }

    public Job job(LanguageTag target) {
        return translationJobs.job(target);
    }

    public RequestNumber number() {
        return number;
    }

    public Brief brief() {
        return brief;
    }

    public PartnerReceipts partnerReceipts() {
        return partnerReceipts;
    }

    /** Who sent it from the public form; empty for requests from the office's own users. */
    public Optional<CitizenOrigin> citizen() {
        return Optional.ofNullable(citizen);
    }

    /** The event, interpreter and report of an interpretation request; empty for translations and checks. */
    public Optional<Interpretation> interpretation() {
        return Optional.ofNullable(interpretation);
    }

    /** The event of an interpretation request; null for translations and checks. */
    public InterpretingEvent event() {
        return interpretation == null ? null : interpretation.event();
    }

    /** The interpreter booked for the event; null until then, and for translations and checks. */
    public String interpreter() {
        return interpretation == null ? null : interpretation.interpreter();
    }

    public Requester requester() {
        return requester;
    }

    public Triage triage() {
        return triage;
    }

    public Turnaround turnaround() {
        return turnaround;
    }

    public List<Job> jobs() {
        return translationJobs.all();
    }

    public RequestStatus status() {
        return lifecycle.status();
    }

    public List<TimelineEntry> timeline() {
        return lifecycle.timeline();
    }
}
