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
import org.kakehashi.document.StoredDocument;
import org.kakehashi.language.LanguageTag;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A request for translation, checking or interpretation: who asked ({@link Requester}), what they asked
 * ({@link Brief}), one {@link Job} per target language, and everything that has happened to it since. Its parts
 * hold their own rules: the {@link Triage}'s findings and rejection, the {@link Turnaround}'s dates, the
 * {@link Interpretation}'s event and booking, the {@link PartnerReceipts}, the {@link CitizenOrigin} of a request
 * from the public form, the {@link Job}'s own steps. The aggregate takes each step only where its
 * {@link RequestLifecycle} allows it ({@link RequestStep}), and every change leaves an entry on its timeline.
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

    /** Routing decided who translates the job and which group reviews it. */
    public void route(LanguageTag target, String translatorGroup, String reviewerGroup, Instant at) {
        job(target).route(translatorGroup, reviewerGroup);
        lifecycle.record(TimelineEvent.ROUTED, "kakehashi", at, target, translatorGroup + " / " + reviewerGroup);
    }

    /** The group that reviews the job this round: the routed one, or external reviewers when nobody in it can. */
    public void chooseReviewers(LanguageTag target, String reviewerGroup, Instant at) {
        job(target).reviewedBy(reviewerGroup);
        lifecycle.record(TimelineEvent.REVIEWERS_CHOSEN, "kakehashi", at, target, reviewerGroup);
    }

    /**
     * @param translatedDocument the source document with the translation merged in, or null when the translation
     *                           is text only (pasted, or from a source without a layout to keep)
     */
    public void submitTranslation(LanguageTag target, String translator, String translatedText,
                                  StoredDocument translatedDocument, Instant at) {
        jobFor(RequestStep.SUBMIT_TRANSLATION, target, Job::awaitsTranslation)
                .translated(translator, translatedText, translatedDocument);
        lifecycle.take(RequestStep.SUBMIT_TRANSLATION, translator, at, target, null);
    }

    /** @throws RequestProblem when the would-be reviewer wrote this job's translation */
    public void checkMayReview(LanguageTag target, String user) {
        if (user.equals(translationAuthor(target))) {
            throw RequestProblem.ownTranslation(number, user);
        }
    }

    /** The job's translator, or for a check the requester, who supplied the translation to check. */
    public String translationAuthor(LanguageTag target) {
        return translationJobs.author(target, brief.type(), requester.username());
    }

    public void approve(LanguageTag target, String reviewer, Instant at) {
        Job job = jobFor(RequestStep.APPROVE, target, Job::inReview);
        checkMayReview(target, reviewer);
        job.approved(reviewer);
        if (translationJobs.allReady()) {
            lifecycle.take(RequestStep.APPROVE, reviewer, at, target, null);
        } else {
            lifecycle.record(RequestStep.APPROVE.event(), reviewer, at, target, null);
        }
    }

    public void requestChanges(LanguageTag target, String reviewer, String comment, Instant at) {
        Job job = jobFor(RequestStep.REQUEST_CHANGES, target, Job::inReview);
        checkMayReview(target, reviewer);
        job.changesRequested(reviewer, comment);
        lifecycle.take(RequestStep.REQUEST_CHANGES, reviewer, at, target, comment);
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

    /** The interpreter is booked; whether they are free is the caller's to check ({@code InterpreterCalendar}). */
    public void schedule(String coordinator, String interpreter, Instant at) {
        interpretationFor(RequestStep.SCHEDULE).book(interpreter);
        lifecycle.take(RequestStep.SCHEDULE, coordinator, at, null, this.interpretation.interpreter());
    }

    /** @return the interpreter booked before, who is told the booking is no longer theirs when it changed hands */
    public String changeBooking(String coordinator, BookingChange change, Instant at) {
        String before = interpretationFor(RequestStep.CHANGE_BOOKING).interpreter();
        interpretation.change(change, at);
        lifecycle.take(RequestStep.CHANGE_BOOKING, coordinator, at, null, interpretation.interpreter());
        return before;
    }

    public void recordInterpreterReminder(String by, Instant at) {
        lifecycle.require(RequestStep.REMIND_INTERPRETER, number);
        lifecycle.take(RequestStep.REMIND_INTERPRETER, by, at, null, interpretation.interpreter());
    }

    public void recordHeld(String by, Instant at) {
        lifecycle.require(RequestStep.RECORD_HELD, number);
        lifecycle.take(RequestStep.RECORD_HELD, by, at, null, null);
    }

    public void report(String interpreter, String report, Instant at) {
        interpretationFor(RequestStep.REPORT).report(report);
        lifecycle.take(RequestStep.REPORT, interpreter, at, null, null);
    }

    public Job job(LanguageTag target) {
        return translationJobs.job(target);
    }

    /** The job the step is for, when the request allows the step and the job is ready for it. */
    private Job jobFor(RequestStep step, LanguageTag target, Predicate<Job> readyForStep) {
        Job job = job(target);
        lifecycle.require(step, number);
        lifecycle.refuseUnless(readyForStep.test(job), number, step.action() + " " + job.targetLanguage());
        return job;
    }

    /** The interpretation, when the request allows the step; a translation or check has none to take it on. */
    private Interpretation interpretationFor(RequestStep step) {
        lifecycle.require(step, number);
        lifecycle.refuseUnless(interpretation != null, number, step.action());
        return interpretation;
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
