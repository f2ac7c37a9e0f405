package org.kakehashi.document;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentFileNameTest {

    @Test
    void aJapaneseNameSurvivesAndFoldersAndReservedCharactersDoNot() {
        assertThat(DocumentFileName.from("C:\\Users\\sato\\市報_4月号.docx", "document").value())
                .isEqualTo("市報_4月号.docx");
        assertThat(DocumentFileName.from("../../etc/passwd", "document").value()).isEqualTo("passwd");
        assertThat(DocumentFileName.from("案内<最終>?.pdf", "document").value()).isEqualTo("案内最終.pdf");
        assertThat(DocumentFileName.from("..", "document").value()).isEqualTo("document");
    }

    @Test
    void theDownloadHeaderCarriesTheNameInUtf8ForBrowsersAndAnAsciiStandInForOthers() {
        // percent-encoding as computed independently by Python's urllib.parse.quote with RFC 5987's attr-chars
        assertThat(new DocumentFileName("市報_2026年4月号 (案).docx").attachmentHeader()).isEqualTo(
                "attachment; filename=\"___2026_4__ (_).docx\"; filename*=UTF-8''"
                        + "%E5%B8%82%E5%A0%B1_2026%E5%B9%B44%E6%9C%88%E5%8F%B7%20%28%E6%A1%88%29.docx");
    }
}
