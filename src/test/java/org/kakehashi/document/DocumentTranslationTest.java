package org.kakehashi.document;

import org.junit.jupiter.api.Test;
import org.kakehashi.language.LanguageTag;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** DOCX, ODT and HTML → XLIFF 2 → translated XLIFF → the original format with the translation in place. */
class DocumentTranslationTest {

    private static final LanguageTag JA = LanguageTag.of("ja");
    private static final LanguageTag EN = LanguageTag.of("en");
    private final DocumentTranslation documents = new DocumentTranslation();

    /** What a CAT tool returns: the XLIFF with a target for each source the test knows. */
    private static byte[] translated(byte[] xliff, Map<String, String> dictionary) {
        String text = new String(xliff, StandardCharsets.UTF_8);
        for (Map.Entry<String, String> entry : dictionary.entrySet()) {
            text = text.replace("<source>" + entry.getKey() + "</source>",
                    "<source>" + entry.getKey() + "</source><target>" + entry.getValue() + "</target>");
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> dictionary() {
        Map<String, String> dictionary = new LinkedHashMap<>();
        dictionary.put("ひとりで悩んでいませんか？", "Are you struggling alone?");
        dictionary.put("総合福祉課にご相談ください。", "Please talk to the General Welfare Division.");
        return dictionary;
    }

    @Test
    void aWordDocumentGoesOutAsXliffAndComesBackTranslatedInItsLayout() {
        byte[] docx = TestDocuments.wordDocumentOf("ひとりで悩んでいませんか？", "総合福祉課にご相談ください。");
        List<Segment> segments = documents.extract(docx, DocumentType.DOCX, JA);
        assertThat(segments).extracting(Segment::text)
                .containsExactly("ひとりで悩んでいませんか？", "総合福祉課にご相談ください。");

        byte[] xliff = Xliff.write("newsletter.docx", JA, EN, segments);
        assertThat(new String(xliff, StandardCharsets.UTF_8))
                .contains("version=\"2.0\"", "srcLang=\"ja\"", "trgLang=\"en\"", "<source>ひとりで悩んでいませんか？</source>");

        Map<String, String> targets = Xliff.readTargets(translated(xliff, dictionary()));
        byte[] merged = documents.merge(docx, DocumentType.DOCX, JA, EN, targets);

        assertThat(new DocumentDetector().detect(merged)).isEqualTo(DocumentType.DOCX);
        assertThat(documents.extract(merged, DocumentType.DOCX, EN)).extracting(Segment::text)
                .containsExactly("Are you struggling alone?", "Please talk to the General Welfare Division.");
    }

    @Test
    void anHtmlPageComesBackTranslatedWithItsMarkup() {
        byte[] html = ("<!DOCTYPE html><html lang=\"ja\"><body><h1>ひとりで悩んでいませんか？</h1>"
                + "<p>総合福祉課にご相談ください。</p></body></html>").getBytes(StandardCharsets.UTF_8);
        List<Segment> segments = documents.extract(html, DocumentType.HTML, JA);

        byte[] merged = documents.merge(html, DocumentType.HTML, JA, EN,
                Xliff.readTargets(translated(Xliff.write("page.html", JA, EN, segments), dictionary())));

        String page = new String(merged, StandardCharsets.UTF_8);
        assertThat(page).contains("<h1>Are you struggling alone?</h1>",
                "<p>Please talk to the General Welfare Division.</p>").doesNotContain("総合福祉課");
    }

    @Test
    void anOpenDocumentTextComesBackTranslated() {
        byte[] odt = TestDocuments.openDocumentTextOf("ひとりで悩んでいませんか？", "総合福祉課にご相談ください。");
        List<Segment> segments = documents.extract(odt, DocumentType.ODT, JA);
        assertThat(segments).extracting(Segment::text)
                .containsExactly("ひとりで悩んでいませんか？", "総合福祉課にご相談ください。");

        byte[] merged = documents.merge(odt, DocumentType.ODT, JA, EN,
                Xliff.readTargets(translated(Xliff.write("leaflet.odt", JA, EN, segments), dictionary())));

        assertThat(new DocumentDetector().detect(merged)).isEqualTo(DocumentType.ODT);
        assertThat(documents.extract(merged, DocumentType.ODT, EN)).extracting(Segment::text)
                .containsExactly("Are you struggling alone?", "Please talk to the General Welfare Division.");
    }

    @Test
    void aPdfGivesItsTextButTakesNoTranslationBack() {
        byte[] pdf = TestDocuments.pdfOf("Napier City Council", "Sister city since 1980");

        String text = String.join(" ", documents.extract(pdf, DocumentType.PDF, EN).stream()
                .map(Segment::text).toList());

        assertThat(text).contains("Napier City Council", "Sister city since 1980");
        assertThatThrownBy(
                        () -> documents.merge(pdf, DocumentType.PDF, EN, JA, Map.of()))
                .isInstanceOf(RefusedDocumentException.class);
    }

    @Test
    void aTranslatedXliffWithAnEntityTrickIsRefused() {
        byte[] hostile = ("<?xml version=\"1.0\"?><!DOCTYPE xliff [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<xliff version=\"2.0\"><file id=\"f\"><unit id=\"u\"><segment><source>a</source>"
                + "<target>&x;</target></segment></unit></file></xliff>").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Xliff.readTargets(hostile))
                .isInstanceOf(RefusedDocumentException.class);
    }
}
