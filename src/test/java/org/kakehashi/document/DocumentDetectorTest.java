package org.kakehashi.document;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kakehashi.document.TestDocuments.docx;
import static org.kakehashi.document.TestDocuments.wordDocument;
import static org.kakehashi.document.TestDocuments.zip;

/** Formats told from content; zip bombs and XML entity tricks refused before any parser sees them. */
class DocumentDetectorTest {

    private static final String SEED = "行政創革プラン 令和3年度の取り組み結果について";
    private final DocumentDetector detector = new DocumentDetector();

    @Test
    void officeDocumentsAreToldByTheirPartsWhateverTheirName() throws IOException {
        assertThat(detector.detect(docx(wordDocument(SEED)))).isEqualTo(DocumentType.DOCX);
        assertThat(detector.detect(zip(Map.of("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>"))))
                .isEqualTo(DocumentType.XLSX);
        assertThat(detector.detect(zip(Map.of("[Content_Types].xml", "<Types/>", "ppt/presentation.xml", "<p/>"))))
                .isEqualTo(DocumentType.PPTX);
    }

    @Test
    void anOpenDocumentTextIsToldByItsMimetypeEntry() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mimetype = DocumentType.ODT.mediaType().getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(("<office:document-content>" + SEED + "</office:document-content>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThat(detector.detect(bytes.toByteArray())).isEqualTo(DocumentType.ODT);
    }

    @Test
    void pdfHtmlXliffAndPlainTextAreToldByTheirContent() {
        assertThat(detector.detect("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(DocumentType.PDF);
        assertThat(detector.detect(("<!DOCTYPE html>\n<html lang=\"ja\"><body><p>" + SEED + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8))).isEqualTo(DocumentType.HTML);
        assertThat(detector.detect(("<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" "
                + "version=\"2.0\" srcLang=\"ja\" trgLang=\"en\"><file id=\"f1\"/></xliff>")
                .getBytes(StandardCharsets.UTF_8))).isEqualTo(DocumentType.XLIFF);
        assertThat(detector.detect(("<?xml version=\"1.0\"?>\n<xliff version=\"1.2\" "
                + "xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file original=\"a\" source-language=\"ja\" "
                + "datatype=\"plaintext\"><body/></file></xliff>").getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(DocumentType.XLIFF);
        assertThat(detector.detect(SEED.getBytes(Charset.forName("windows-31j")))).isEqualTo(DocumentType.TEXT);
    }

    @Test
    void otherFilesAreRefusedEvenWithAnOfficeName() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
        assertRefused(png, RefusedDocumentException.Reason.UNKNOWN_FORMAT);
        assertRefused(zip(Map.of("photo.jpg", "not a document")), RefusedDocumentException.Reason.UNKNOWN_FORMAT);
        assertRefused("<?xml version=\"1.0\"?><svg/>".getBytes(StandardCharsets.UTF_8),
                RefusedDocumentException.Reason.UNKNOWN_FORMAT);
    }

    @Test
    void anExternalEntityInAWordDocumentIsRefused() throws IOException {
        assertRefused(TestDocuments.docxWithExternalEntity(), RefusedDocumentException.Reason.XML_DOCTYPE);
    }

    @Test
    void entityExpansionInXliffAndHtmlIsRefused() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE xliff [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>"
                + "<xliff version=\"2.0\" srcLang=\"ja\"><file id=\"f\">&lol2;</file></xliff>";
        assertRefused(laughs.getBytes(StandardCharsets.UTF_8), RefusedDocumentException.Reason.XML_DOCTYPE);

        String html = "<!DOCTYPE html [<!ENTITY x SYSTEM \"http://169.254.169.254/\">]><html><body>&x;</body></html>";
        assertRefused(html.getBytes(StandardCharsets.UTF_8), RefusedDocumentException.Reason.XML_DOCTYPE);
    }

    @Test
    void aZipBombIsRefusedBeforeItUnpacks() {
        byte[] bomb = TestDocuments.zipBomb(150);
        assertThat(bomb.length).as("packed, the bomb is small").isLessThan(1024 * 1024);

        assertThatThrownBy(() -> detector.detect(bomb))
                .isInstanceOfSatisfying(RefusedDocumentException.class, e -> assertThat(e.reason()).isIn(
                        RefusedDocumentException.Reason.TOO_LARGE_UNPACKED,
                        RefusedDocumentException.Reason.SUSPICIOUS_COMPRESSION));
    }

    @Test
    void aPackageOfTooManyPartsIsRefused() throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types/>");
        for (int i = 0; i <= PackageInspector.MAX_ENTRIES; i++) {
            parts.put("word/media/part" + i + ".xml", "<p/>");
        }
        assertRefused(zip(parts), RefusedDocumentException.Reason.TOO_MANY_ENTRIES);
    }

    private void assertRefused(byte[] file, RefusedDocumentException.Reason reason) {
        assertThatThrownBy(() -> detector.detect(file))
                .isInstanceOfSatisfying(RefusedDocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.field()).isEqualTo("file");
                });
    }
}
