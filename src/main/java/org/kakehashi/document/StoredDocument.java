package org.kakehashi.document;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import java.nio.charset.Charset;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * A file kept with a request: a requester's original or a merged translation. Its row and its bytes are written in
 * the same transaction, so there is never one without the other; the SHA-256 taken when it came in is checked
 * before the bytes go out again. The bytes load only when asked for.
 */
@Entity
@Table(name = "stored_document")
public class StoredDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    @Column(name = "file_name", nullable = false, updatable = false, length = 255)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 8)
    private DocumentType type;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "stored_at", nullable = false, updatable = false)
    private Instant storedAt;

    /** The encoding a plain text file was read in, so that its translation goes back in the same; else null. */
    @Column(length = 32, updatable = false)
    private String charset;

    /** When the retention rules erased the bytes; the row stays with the file's name, size and hash. */
    @Column(name = "erased_at")
    private Instant erasedAt;

    @OneToOne(fetch = FetchType.LAZY, optional = false, cascade = CascadeType.PERSIST)
    @JoinColumn(name = "content_id", nullable = false, updatable = false)
    private DocumentContent content;

    protected StoredDocument() {
    }

    /** @throws RefusedDocumentException for a file over the upload limit */
    public static StoredDocument of(DocumentFileName fileName, DocumentType type, byte[] bytes, Instant at) {
        if (bytes.length > DocumentContent.MAX_BYTES) {
            throw new RefusedDocumentException(RefusedDocumentException.Reason.TOO_LARGE,
                    DocumentContent.MAX_BYTES / (1024 * 1024));
        }
        StoredDocument document = new StoredDocument();
        document.fileName = fileName.value();
        document.type = type;
        document.size = bytes.length;
        document.sha256 = sha256Of(bytes);
        document.storedAt = at;
        document.content = new DocumentContent(bytes);
        return document;
    }

    /** A plain text file, with the encoding it was read in. */
    public static StoredDocument text(DocumentFileName fileName, byte[] bytes, Charset charset, Instant at) {
        StoredDocument document = of(fileName, DocumentType.TEXT, bytes, at);
        document.charset = charset.name();
        return document;
    }

    /**
     * The bytes as they came in.
     *
     * @throws CorruptedDocumentException when they no longer match the hash taken then
     * @throws ErasedDocumentException when the retention rules erased them
     */
    public byte[] verifiedBytes() {
        if (erasedAt != null) {
            throw new ErasedDocumentException(fileName, erasedAt);
        }
        byte[] bytes = content.bytes();
        if (!sha256Of(bytes).equals(sha256)) {
            throw new CorruptedDocumentException(id, fileName);
        }
        return bytes;
    }

    /** Retention: the bytes go, what the file was stays. Erasing twice changes nothing. */
    public void erase(Instant at) {
        if (erasedAt == null) {
            erasedAt = at;
            content.erase();
        }
    }

    public Optional<Instant> erasedAt() {
        return Optional.ofNullable(erasedAt);
    }

    static String sha256Of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    public UUID id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    public DocumentType type() {
        return type;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public Instant storedAt() {
        return storedAt;
    }

    /**
     * The media type to serve the bytes with: a text format names its encoding, as recorded when it was read or
     * UTF-8, in which Kakehashi writes the text files and HTML it makes.
     */
    public String contentType() {
        return type.mediaType().startsWith("text/")
                ? type.mediaType() + "; charset=" + (charset == null ? "UTF-8" : charset) : type.mediaType();
    }

    /** The encoding of a plain text file as it was read. */
    public Optional<Charset> charset() {
        return Optional.ofNullable(charset).map(Charset::forName);
    }
}
