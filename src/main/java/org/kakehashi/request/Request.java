package org.kakehashi.request;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.kakehashi.language.CountingReceipt;
import org.kakehashi.language.LanguageTag;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A translation request: what a department asked for, in which languages, by when, and everything that has
 * happened to it since. The aggregate enforces the lifecycle; every change leaves a timeline entry.
 */
@Entity
@Table(name = "translation_request")
public class Request {

    /** Long texts live in a plain long character column: {@code text} on PostgreSQL, not a large object. */
    static final int TEXT_LENGTH = 1_000_000;

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

    @Column(name = "source_language", nullable = false, updatable = false, length = 35)
    private LanguageTag sourceLanguage;

    @Column(name = "target_language", nullable = false, updatable = false, length = 35)
    private LanguageTag targetLanguage;

    @Column(name = "source_text", nullable = false, updatable = false, length = TEXT_LENGTH)
    private String text;

    @Embedded
    private TextVolume volume;

    @Column(name = "wanted_by", nullable = false, updatable = false)
    private LocalDate wantedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(nullable = false, length = 24)
    private RequestStatus status;

    @Column(length = 64)
    private String translator;

    @Column(length = 64)
    private String reviewer;

    @Column(name = "translated_text", length = TEXT_LENGTH)
    private String translation;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    @OrderColumn(name = "position")
    private List<TimelineEntry> timeline = new ArrayList<>();

    protected Request() {
    }

    private Request(RequestNumber number, String requester, String department, LanguageTag sourceLanguage,
                    LanguageTag targetLanguage, String text, CountingReceipt receipt, LocalDate wantedBy,
                    Instant submittedAt) {
        this.number = number;
        this.requester = requester;
        this.department = department;
        this.sourceLanguage = sourceLanguage;
        this.targetLanguage = targetLanguage;
        this.text = text;
        this.volume = TextVolume.of(receipt);
        this.wantedBy = wantedBy;
        this.submittedAt = submittedAt;
        this.status = RequestStatus.SUBMITTED;
        record(submittedAt, TimelineEvent.SUBMITTED, requester, null);
    }

    /**
     * A new request, waiting for triage.
     *
     * @param today the submission date in the city's time zone, against which wanted-by is checked
     */
    public static Request submit(RequestNumber number, String requester, String department,
                                 LanguageTag sourceLanguage, LanguageTag targetLanguage, String text,
                                 CountingReceipt receipt, LocalDate wantedBy, Instant submittedAt, ZoneId cityZone) {
        Objects.requireNonNull(number);
        if (sourceLanguage.equals(targetLanguage)) {
            throw new RequestInputException("targetLanguage", "request.same-language", targetLanguage.value());
        }
        if (text == null || text.isBlank()) {
            throw new RequestInputException("text", "request.text-missing");
        }
        LocalDate today = submittedAt.atZone(cityZone).toLocalDate();
        if (wantedBy.isBefore(today)) {
            throw new RequestInputException("wantedBy", "request.wanted-by-past", wantedBy.toString());
        }
        return new Request(number, requester, department, sourceLanguage, targetLanguage, text, receipt, wantedBy,
                submittedAt);
    }

    public void accept(String coordinator, Instant at) {
        requireStatus("accept", RequestStatus.SUBMITTED);
        status = RequestStatus.IN_TRANSLATION;
        record(at, TimelineEvent.ACCEPTED, coordinator, null);
    }

    public void reject(String coordinator, String reason, Instant at) {
        requireStatus("reject", RequestStatus.SUBMITTED);
        requireNote("comment", reason, "request.reason-missing");
        status = RequestStatus.REJECTED;
        record(at, TimelineEvent.REJECTED, coordinator, reason.strip());
    }

    /** The coordinator needs to know more before deciding; the question is shown to the requester. */
    public void askBack(String coordinator, String question, Instant at) {
        requireStatus("askBack", RequestStatus.SUBMITTED);
        requireNote("comment", question, "request.question-missing");
        status = RequestStatus.AWAITING_ANSWER;
        record(at, TimelineEvent.QUESTION_ASKED, coordinator, question.strip());
    }

    /** Only the requester answers their request's question; triage then resumes. */
    public void answer(String requester, String answer, Instant at) {
        requireStatus("answer", RequestStatus.AWAITING_ANSWER);
        if (!requester.equals(this.requester)) {
            throw new NotTheRequesterException(number, "answer");
        }
        requireNote("answer", answer, "request.answer-missing");
        status = RequestStatus.SUBMITTED;
        record(at, TimelineEvent.QUESTION_ANSWERED, requester, answer.strip());
    }

    public void recordReminder(String by, Instant at) {
        requireStatus("remind", RequestStatus.AWAITING_ANSWER);
        record(at, TimelineEvent.REQUESTER_REMINDED, by, null);
    }

    /** Someone was reminded that a task on this request is due soon. */
    public void recordTaskReminder(String task, String by, Instant at) {
        record(at, TimelineEvent.TASK_REMINDER, by, task);
    }

    /** A task on this request is overdue and was escalated to the office manager. */
    public void recordTaskOverdue(String task, String by, Instant at) {
        record(at, TimelineEvent.TASK_OVERDUE, by, task);
    }

    /** No answer came in the time the city allows. */
    public void lapse(String by, Instant at) {
        requireStatus("lapse", RequestStatus.AWAITING_ANSWER);
        status = RequestStatus.LAPSED;
        record(at, TimelineEvent.LAPSED, by, null);
    }

    /** The requester withdraws the request; possible until it is delivered. */
    public void cancel(String requester, String reason, Instant at) {
        if (status.isClosed()) {
            throw new IllegalTransitionException(number, status, "cancel");
        }
        if (!requester.equals(this.requester)) {
            throw new NotTheRequesterException(number, "cancel");
        }
        status = RequestStatus.CANCELLED;
        record(at, TimelineEvent.CANCELLED, requester, reason == null || reason.isBlank() ? null : reason.strip());
    }

    public void submitTranslation(String translator, String translatedText, Instant at) {
        requireStatus("submitTranslation", RequestStatus.IN_TRANSLATION, RequestStatus.CHANGES_REQUESTED);
        requireNote("translation", translatedText, "request.translation-missing");
        this.translator = translator;
        this.translation = translatedText;
        status = RequestStatus.IN_REVIEW;
        record(at, TimelineEvent.TRANSLATION_SUBMITTED, translator, null);
    }

    /** @throws OwnTranslationReviewException when the would-be reviewer translated this request */
    public void checkMayReview(String user) {
        if (user.equals(translator)) {
            throw new OwnTranslationReviewException(number, user);
        }
    }

    public void approve(String reviewer, Instant at) {
        requireStatus("approve", RequestStatus.IN_REVIEW);
        checkMayReview(reviewer);
        this.reviewer = reviewer;
        status = RequestStatus.APPROVED;
        record(at, TimelineEvent.APPROVED, reviewer, null);
    }

    public void requestChanges(String reviewer, String comment, Instant at) {
        requireStatus("requestChanges", RequestStatus.IN_REVIEW);
        checkMayReview(reviewer);
        requireNote("comment", comment, "review.comment-missing");
        this.reviewer = reviewer;
        status = RequestStatus.CHANGES_REQUESTED;
        record(at, TimelineEvent.CHANGES_REQUESTED, reviewer, comment.strip());
    }

    /** @param by who delivered: the system account of the process engine, until the delivery feature exists */
    public void deliver(String by, Instant at) {
        requireStatus("deliver", RequestStatus.APPROVED);
        status = RequestStatus.DELIVERED;
        record(at, TimelineEvent.DELIVERED, by, null);
    }

    private void requireStatus(String action, RequestStatus... allowed) {
        for (RequestStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new IllegalTransitionException(number, status, action);
    }

    private static void requireNote(String field, String note, String messageKey) {
        if (note == null || note.isBlank()) {
            throw new RequestInputException(field, messageKey);
        }
    }

    private void record(Instant at, TimelineEvent event, String actor, String note) {
        timeline.add(new TimelineEntry(at, event, actor, note));
    }

    public RequestNumber number() {
        return number;
    }

    public String requester() {
        return requester;
    }

    public String department() {
        return department;
    }

    public LanguageTag sourceLanguage() {
        return sourceLanguage;
    }

    public LanguageTag targetLanguage() {
        return targetLanguage;
    }

    public String text() {
        return text;
    }

    /** The counting receipt of the source text, as counted at submission; null for requests from before receipts. */
    public CountingReceipt receipt() {
        return volume == null ? null : volume.toReceipt(sourceLanguage.value());
    }

    public LocalDate wantedBy() {
        return wantedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public RequestStatus status() {
        return status;
    }

    public String translator() {
        return translator;
    }

    public String reviewer() {
        return reviewer;
    }

    public String translation() {
        return translation;
    }

    public List<TimelineEntry> timeline() {
        return List.copyOf(timeline);
    }
}
