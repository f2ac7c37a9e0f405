package org.kakehashi.request;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.kakehashi.calendar.CityCalendar;
import org.kakehashi.document.StoredDocument;
import org.kakehashi.language.LanguageTag;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A request for translation, checking or interpretation: who asked, what they asked ({@link Brief}), one
 * {@link Job} per target language, and everything that has happened to it since. Its parts hold their own rules:
 * the {@link Interpretation}'s event and booking, the {@link PartnerReceipts}, the {@link CitizenOrigin} of a
 * request from the public form. The aggregate enforces the lifecycle; every change leaves a timeline entry.
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

    @Column(nullable = false, updatable = false, length = 64)
    private String requester;

    @Column(length = 64, updatable = false)
    private String department;

    @Embedded
    private Brief brief;

    @Column(name = "rejection_reason", length = 32)
    private String rejectionReason;

    @Embedded
    private Interpretation interpretation;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "request_intake_finding", joinColumns = @JoinColumn(name = "request_id"),
            indexes = @Index(name = "request_intake_finding_request", columnList = "request_id"))
    private Set<IntakeFinding> intakeFindings = new HashSet<>();

    @Embedded
    private PartnerReceipts partnerReceipts = new PartnerReceipts(Set.of());

    @Embedded
    private CitizenOrigin citizen;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    /** The day the office received it, in the city's time zone: it decides the request's fiscal year. */
    @Column(name = "received_on", updatable = false)
    private LocalDate receivedOn;

    @Column(name = "delivered_on")
    private LocalDate deliveredOn;

    /** City business days from receipt to delivery, counted with the calendar of the day it was delivered. */
    @Column(name = "turnaround_business_days")
    private Integer turnaroundBusinessDays;

    @Column(nullable = false, length = 24)
    private RequestStatus status;

    @Embedded
    private TranslationJobs translationJobs;

    @Embedded
    private Timeline timeline = new Timeline();

    protected Request() {
    }

    private Request(Submission submission) {
        NewRequest form = submission.form();
        this.number = submission.number();
        this.brief = new Brief(submission);
        this.requester = submission.requester();
        this.department = submission.department();
        this.submittedAt = submission.at();
        this.receivedOn = submission.receivedOn();
        this.citizen = form.citizen();
        this.partnerReceipts = new PartnerReceipts(form.partners());
        this.status = RequestStatus.SUBMITTED;
        if (form.type() == RequestType.INTERPRETATION) {
            this.interpretation = new Interpretation(form.event());
        }
        this.translationJobs = new TranslationJobs(form);
        record(submittedAt, TimelineEvent.SUBMITTED, requester, null, null);
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
        if (!isFromCitizen() || !status.isClosed()) {
            throw new IllegalStateException(number + " is not a closed citizen's request");
        }
        if (!citizen.erase(at)) {
            return;
        }
        brief.eraseText(at);
        if (interpretation != null) {
            interpretation.erasePersonalData();
        }
        translationJobs.eraseTranslations(at);
        timeline.eraseNotes();
    }

    /**
     * A partner confirms they received the delivery.
     *
     * @return whether every partner has now confirmed
     */
    public boolean confirmReceipt(String partner, String by, Instant at) {
        requireStatus("confirmReceipt", RequestStatus.DELIVERED);
        if (!partnerReceipts.addressedTo(partner)) {
            throw RequestProblem.notAddressedTo(number, partner);
        }
        if (!partnerReceipts.confirm(partner)) {
            throw RequestProblem.illegalTransition(number, status, "confirmReceipt " + partner);
        }
        record(at, TimelineEvent.RECEIPT_CONFIRMED, by, null, partner);
        return partnerReceipts.allConfirmed();
    }

    public void recordPartnerReminder(String by, Instant at) {
        requireStatus("remindPartners", RequestStatus.DELIVERED);
        record(at, TimelineEvent.PARTNERS_REMINDED, by, null, String.join(", ", partnerReceipts.waiting()));
    }

    /** What the intake rules found, for the coordinator to weigh at triage. */
    public void noteIntakeFindings(List<IntakeFinding> findings) {
        requireStatus("noteIntakeFindings", RequestStatus.SUBMITTED);
        intakeFindings.addAll(findings);
    }

    /** The interpreter is booked; whether they are free is the caller's to check ({@code InterpreterCalendar}). */
    public void schedule(String coordinator, String interpreter, Instant at) {
        requireStatus("schedule", RequestStatus.IN_PROGRESS);
        requireInterpretation("schedule").book(interpreter);
        status = RequestStatus.SCHEDULED;
        record(at, TimelineEvent.SCHEDULED, coordinator, null, this.interpretation.interpreter());
    }

    public void recordInterpreterReminder(String by, Instant at) {
        requireStatus("remindInterpreter", RequestStatus.SCHEDULED);
        record(at, TimelineEvent.INTERPRETER_REMINDED, by, null, interpretation.interpreter());
    }

    public void recordHeld(String by, Instant at) {
        requireStatus("recordHeld", RequestStatus.SCHEDULED);
        status = RequestStatus.HELD;
        record(at, TimelineEvent.HELD, by, null, null);
    }

    /** The interpreter's report on the event, due within a week of it. */
    public void report(String interpreter, String report, Instant at) {
        requireStatus("report", RequestStatus.HELD);
        requireInterpretation("report").report(report);
        status = RequestStatus.REPORTED;
        record(at, TimelineEvent.REPORTED, interpreter, null, null);
    }

    private Interpretation requireInterpretation(String action) {
        if (interpretation == null) {
            throw RequestProblem.illegalTransition(number, status, action);
        }
        return interpretation;
    }

    public void accept(String coordinator, Instant at) {
        requireStatus("accept", RequestStatus.SUBMITTED);
        status = RequestStatus.IN_PROGRESS;
        translationJobs.start(brief.type());
        record(at, TimelineEvent.ACCEPTED, coordinator, null, null);
    }

    /**
     * @param reason  the code of a reason from the city's list, which the requester sees explained
     * @param comment anything the coordinator adds; required with the reason {@code other}
     */
    public void reject(String coordinator, String reason, String comment, Instant at) {
        requireStatus("reject", RequestStatus.SUBMITTED);
        if ("other".equals(reason)) {
            requireNote("comment", comment, "request.reason-missing");
        }
        close(RequestStatus.REJECTED);
        rejectionReason = reason;
        record(at, TimelineEvent.REJECTED, coordinator, null, isBlank(comment) ? null : comment.strip());
    }

    /** The coordinator needs to know more before deciding; the question is shown to the requester. */
    public void askBack(String coordinator, String question, Instant at) {
        requireStatus("askBack", RequestStatus.SUBMITTED);
        requireNote("comment", question, "request.question-missing");
        status = RequestStatus.AWAITING_ANSWER;
        record(at, TimelineEvent.QUESTION_ASKED, coordinator, null, question.strip());
    }

    /** Only the requester answers their request's question; triage then resumes. */
    public void answer(String requester, String answer, Instant at) {
        requireStatus("answer", RequestStatus.AWAITING_ANSWER);
        if (!requester.equals(this.requester)) {
            throw RequestProblem.notTheRequester(number, "answer");
        }
        requireNote("answer", answer, "request.answer-missing");
        status = RequestStatus.SUBMITTED;
        record(at, TimelineEvent.QUESTION_ANSWERED, requester, null, answer.strip());
    }

    public void recordReminder(String by, Instant at) {
        requireStatus("remind", RequestStatus.AWAITING_ANSWER);
        record(at, TimelineEvent.REQUESTER_REMINDED, by, null, null);
    }

    /** Someone was reminded that a task on this request is due soon. */
    public void recordTaskReminder(String task, String by, Instant at) {
        record(at, TimelineEvent.TASK_REMINDER, by, null, task);
    }

    /** A task on this request is overdue and was escalated to the office manager. */
    public void recordTaskOverdue(String task, String by, Instant at) {
        record(at, TimelineEvent.TASK_OVERDUE, by, null, task);
    }

    /** No answer came in the time the city allows. */
    public void lapse(String by, Instant at) {
        requireStatus("lapse", RequestStatus.AWAITING_ANSWER);
        close(RequestStatus.LAPSED);
        record(at, TimelineEvent.LAPSED, by, null, null);
    }

    /** A request can be withdrawn until it is closed, or, for an interpretation, until its event has taken place. */
    public void cancel(String requester, String reason, Instant at) {
        if (status.isClosed() || status == RequestStatus.HELD) {
            throw RequestProblem.illegalTransition(number, status, "cancel");
        }
        if (!requester.equals(this.requester)) {
            throw RequestProblem.notTheRequester(number, "cancel");
        }
        close(RequestStatus.CANCELLED);
        record(at, TimelineEvent.CANCELLED, requester, null, isBlank(reason) ? null : reason.strip());
    }

    /** Routing decided who translates the job and which group reviews it. */
    public void route(LanguageTag target, String translatorGroup, String reviewerGroup, Instant at) {
        job(target).route(translatorGroup, reviewerGroup);
        record(at, TimelineEvent.ROUTED, "kakehashi", target, translatorGroup + " / " + reviewerGroup);
    }

    /** The group that reviews the job this round: the routed one, or external reviewers when nobody in it can. */
    public void chooseReviewers(LanguageTag target, String reviewerGroup, Instant at) {
        job(target).reviewedBy(reviewerGroup);
        record(at, TimelineEvent.REVIEWERS_CHOSEN, "kakehashi", target, reviewerGroup);
    }

    /**
     * @param translatedDocument the source document with the translation merged in, or null when the translation
     *                           is text only (pasted, or from a source without a layout to keep)
     */
    public void submitTranslation(LanguageTag target, String translator, String translatedText,
                                  StoredDocument translatedDocument, Instant at) {
        Job job = job(target);
        requireJobStatus(job, "submitTranslation", JobStatus.IN_TRANSLATION, JobStatus.CHANGES_REQUESTED);
        requireNote("translation", translatedText, "request.translation-missing");
        job.translated(translator, translatedText, translatedDocument);
        record(at, TimelineEvent.TRANSLATION_SUBMITTED, translator, target, null);
    }

    /** @throws RequestProblem when the would-be reviewer wrote this job's translation */
    public void checkMayReview(LanguageTag target, String user) {
        if (user.equals(translationAuthor(target))) {
            throw RequestProblem.ownTranslation(number, user);
        }
    }

    /** The job's translator, or for a check the requester, who supplied the translation to check. */
    public String translationAuthor(LanguageTag target) {
        return translationJobs.author(target, brief.type(), requester);
    }

    public void approve(LanguageTag target, String reviewer, Instant at) {
        Job job = job(target);
        requireJobStatus(job, "approve", JobStatus.IN_REVIEW);
        checkMayReview(target, reviewer);
        job.approved(reviewer);
        record(at, TimelineEvent.APPROVED, reviewer, target, null);
        if (translationJobs.allReady()) {
            status = RequestStatus.READY;
        }
    }

    public void requestChanges(LanguageTag target, String reviewer, String comment, Instant at) {
        Job job = job(target);
        requireJobStatus(job, "requestChanges", JobStatus.IN_REVIEW);
        checkMayReview(target, reviewer);
        requireNote("comment", comment, "review.comment-missing");
        job.changesRequested(reviewer);
        record(at, TimelineEvent.CHANGES_REQUESTED, reviewer, target, comment.strip());
    }

    /** @param by who delivered: the system account of the process engine, until the delivery feature exists */
    public void deliver(String by, Instant at, ZoneId cityZone, CityCalendar calendar) {
        requireStatus("deliver", RequestStatus.READY);
        status = RequestStatus.DELIVERED;
        deliveredOn = LocalDate.ofInstant(at, cityZone);
        turnaroundBusinessDays = calendar.businessDaysBetween(receivedOn, deliveredOn);
        record(at, TimelineEvent.DELIVERED, by, null, null);
    }

    public Job job(LanguageTag target) {
        return translationJobs.job(target);
    }

    private void close(RequestStatus closed) {
        status = closed;
        translationJobs.drop();
    }

    private void requireStatus(String action, RequestStatus... allowed) {
        for (RequestStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw RequestProblem.illegalTransition(number, status, action);
    }

    private void requireJobStatus(Job job, String action, JobStatus... allowed) {
        requireStatus(action, RequestStatus.IN_PROGRESS);
        for (JobStatus s : allowed) {
            if (job.status() == s) {
                return;
            }
        }
        throw RequestProblem.illegalTransition(number, status, action + " " + job.targetLanguage());
    }

    private static void requireNote(String field, String note, String messageKey) {
        if (isBlank(note)) {
            throw RequestProblem.invalid(field, messageKey);
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private void record(Instant at, TimelineEvent event, String actor, LanguageTag target, String note) {
        timeline.record(at, event, actor, target, note);
    }

    public RequestNumber number() {
        return number;
    }

    /** What was asked: the kind of work, the source language and text, when it is wanted. */
    public Brief brief() {
        return brief;
    }

    /** The partners the delivery also goes to, and their receipts. */
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

    /** The code of the reason the request was turned down for, or null. */
    public String rejectionReason() {
        return rejectionReason;
    }

    public Set<IntakeFinding> intakeFindings() {
        return Set.copyOf(intakeFindings);
    }

    public String requester() {
        return requester;
    }

    public String department() {
        return department;
    }

    public List<Job> jobs() {
        return translationJobs.all();
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public Optional<Integer> turnaroundBusinessDays() {
        return Optional.ofNullable(turnaroundBusinessDays);
    }

    public RequestStatus status() {
        return status;
    }

    public List<TimelineEntry> timeline() {
        return timeline.entries();
    }
}
