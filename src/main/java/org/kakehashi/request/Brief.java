package org.kakehashi.request;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import org.kakehashi.document.StoredDocument;
import org.kakehashi.language.CountingReceipt;
import org.kakehashi.language.LanguageTag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What was asked, as the requester asked it: the kind of work, its purpose and topic, the source language and
 * text (with its count and the file it came in), and when it is wanted. Only retention changes it, erasing the
 * text and the file of a citizen's closed request.
 */
@Embeddable
public class Brief {

    /** Long texts live in a plain long character column: {@code text} on PostgreSQL, not a large object. */
    static final int TEXT_LENGTH = 1_000_000;

    @Column(name = "type", nullable = false, updatable = false, length = 16)
    private RequestType type;

    @Column(name = "purpose", length = 24, updatable = false)
    private Purpose purpose;

    @Column(name = "topic", length = 16, updatable = false)
    private Topic topic;

    @Column(name = "source_language", nullable = false, updatable = false, length = 35)
    private LanguageTag sourceLanguage;

    @Column(name = "source_text", nullable = false, length = TEXT_LENGTH)
    private String text;

    @Embedded
    private TextVolume volume;

    /** The file the text was read from, when the requester sent one. */
    @OneToOne(cascade = CascadeType.PERSIST)
    @JoinColumn(name = "source_document_id", updatable = false)
    private StoredDocument sourceDocument;

    @Embedded
    private EasyJapaneseAnswer easyJapanese;

    /** For an interpretation, the day of the event. */
    @Column(name = "wanted_by", nullable = false, updatable = false)
    private LocalDate wantedBy;

    protected Brief() {
    }

    Brief(Submission submission) {
        NewRequest form = submission.form();
        this.type = form.type();
        this.purpose = form.purpose();
        this.topic = form.topic();
        this.sourceLanguage = form.sourceLanguage();
        this.text = form.text() == null ? "" : form.text();
        this.volume = TextVolume.of(submission.receipt());
        this.sourceDocument = submission.sourceDocument();
        this.wantedBy = submission.wantedBy();
        this.easyJapanese = form.easyJapanese();
    }

    void eraseText(Instant at) {
        text = "";
        if (sourceDocument != null) {
            sourceDocument.erase(at);
        }
    }

    public RequestType type() {
        return type;
    }

    public Purpose purpose() {
        return purpose;
    }

    public Topic topic() {
        return topic;
    }

    public LanguageTag sourceLanguage() {
        return sourceLanguage;
    }

    public String text() {
        return text;
    }

    /** The counting receipt of the source text, as counted at submission; null for requests from before receipts. */
    public CountingReceipt receipt() {
        return volume == null ? null : volume.toReceipt(sourceLanguage.value());
    }

    /** Whether an easy-Japanese version is wanted too, or why not; empty when the requester was not asked. */
    public Optional<EasyJapaneseAnswer> easyJapanese() {
        return Optional.ofNullable(easyJapanese).filter(answer -> answer.wanted() != null);
    }

    /** The requester's file, or null when they typed or pasted the text. */
    public StoredDocument sourceDocument() {
        return sourceDocument;
    }

    public LocalDate wantedBy() {
        return wantedBy;
    }
}
