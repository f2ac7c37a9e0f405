package org.kakehashi.document;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoredDocumentTest {

    @Test
    void bytesChangedSinceTheyCameInAreNeverHandedOut() {
        byte[] bytes = TestDocuments.wordDocumentOf("ひとりで悩んでいませんか？");
        StoredDocument document = StoredDocument.of(new DocumentFileName("a.docx"), DocumentType.DOCX, bytes,
                Instant.EPOCH);
        assertThat(document.verifiedBytes()).isEqualTo(bytes);

        bytes[bytes.length / 2] ^= 1;

        assertThatThrownBy(document::verifiedBytes)
                .isInstanceOf(CorruptedDocumentException.class);
    }
}
