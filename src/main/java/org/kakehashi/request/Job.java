package org.kakehashi.request;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.kakehashi.document.StoredDocument;
import org.kakehashi.language.LanguageTag;

import java.time.Instant;
import java.util.UUID;

/**
 * The work for one target language of a request: translated (unless the request is a check), reviewed by
 * someone who did not translate it, and ready. Jobs of a request run side by side. A job knows which of its steps
 * it is ready for and what each requires; whether the request as a whole allows the step, and who may review, is
 * the request's to say.
 */
@Entity
@Table(name = "translation_job", indexes = @Index(name = "translation_job_request", columnList = "request_id"))
public class Job {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    @Column(name = "target_language", nullable = false, updatable = false, length = 35)
    private LanguageTag targetLanguage;

    @Column(nullable = false, length = 24)
    private JobStatus status;

    @Column(name = "translator_group", length = 32)
    private String translatorGroup;

    @Column(name = "reviewer_group", length = 32)
    private String reviewerGroup;

    @Column(length = 64)
    private String translator;

    @Column(length = 64)
    private String reviewer;

    @Column(name = "translated_text", length = Brief.TEXT_LENGTH)
    private String translation;

    /** The requester's document with this translation in place, its layout kept; null for a text translation. */
    @OneToOne(cascade = CascadeType.PERSIST)
    @JoinColumn(name = "translated_document_id")
    private StoredDocument translatedDocument;

    protected Job() {
    }

    Job(LanguageTag targetLanguage, String existingTranslation) {
        this.targetLanguage = targetLanguage;
        this.translation = existingTranslation;
        this.status = JobStatus.WAITING;
    }

    void start(RequestType type) {
        status = type == RequestType.CHECKING ? JobStatus.IN_REVIEW : JobStatus.IN_TRANSLATION;
    }

    void route(String translatorGroup, String reviewerGroup) {
        this.translatorGroup = translatorGroup;
        this.reviewerGroup = reviewerGroup;
    }

    void reviewedBy(String reviewerGroup) {
        this.reviewerGroup = reviewerGroup;
    }

    /** Its first round of translation, or another after the reviewer asked for changes. */
    boolean awaitsTranslation() {
        return status == JobStatus.IN_TRANSLATION || status == JobStatus.CHANGES_REQUESTED;
    }

    /** Routed, and nobody has handed in its translation yet: it can still go to another group. */
    boolean awaitsFirstTranslation() {
        return status == JobStatus.IN_TRANSLATION && translator == null;
    }

    boolean inReview() {
        return status == JobStatus.IN_REVIEW;
    }

    /** The text is kept as the translator wrote it, surrounding blanks and all. */
    void translated(String translator, String text, StoredDocument document) {
        RequestProblem.requireText("translation", text, "request.translation-missing");
        this.translator = translator;
        this.translation = text;
        this.translatedDocument = document;
        status = JobStatus.IN_REVIEW;
    }

    /** Retention: the translation's text and file go, who translated and reviewed it stays. */
    void eraseTranslation(Instant at) {
        if (translation != null) {
            translation = "";
        }
        if (translatedDocument != null) {
            translatedDocument.erase(at);
        }
    }

    void approved(String reviewer) {
        this.reviewer = reviewer;
        status = JobStatus.READY;
    }

    /** The translator's next round needs to know what to change: the comment is required. */
    void changesRequested(String reviewer, String comment) {
        RequestProblem.requireText("comment", comment, "review.comment-missing");
        this.reviewer = reviewer;
        status = JobStatus.CHANGES_REQUESTED;
    }

    void drop() {
        if (status != JobStatus.READY) {
            status = JobStatus.DROPPED;
        }
    }

    public LanguageTag targetLanguage() {
        return targetLanguage;
    }

    public JobStatus status() {
        return status;
    }

    public String translatorGroup() {
        return translatorGroup;
    }

    public String reviewerGroup() {
        return reviewerGroup;
    }

    public String translator() {
        return translator;
    }

    public String reviewer() {
        return reviewer;
    }

    public StoredDocument translatedDocument() {
        return translatedDocument;
    }

    public String translation() {
        return translation;
    }
}
