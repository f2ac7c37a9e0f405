package org.kakehashi.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** The bytes of a {@link StoredDocument}, in a table of their own so that listing documents never reads them. */
@Entity
@Table(name = "stored_document_content")
class DocumentContent {

    /** The upload limit Undertow enforces (see wildfly-config/undertow.cli), less the form's overhead. */
    static final int MAX_BYTES = 25 * 1024 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    @Column(nullable = false, length = MAX_BYTES)
    private byte[] bytes;

    protected DocumentContent() {
    }

    DocumentContent(byte[] bytes) {
        this.bytes = bytes;
    }

    void erase() {
        bytes = new byte[0];
    }

    byte[] bytes() {
        return bytes;
    }
}
