package org.kakehashi.document;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kakehashi.language.LanguageTag;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A requester's text or document out as XLIFF 2.1 or 1.2, translated as a CAT tool would, and back. */
class TranslatableTextTest {

    private static final LanguageTag JA = LanguageTag.of("ja");
    private static final LanguageTag EN = LanguageTag.of("en");
    private static final String JOB = "2026-00123/en";

    /** The notice's sentences in English, the tags where the English needs its formatting. */
    private static Map<String, String> noticeInEnglish() {
        Map<String, String> english = new LinkedHashMap<>();
        english.put("市民の皆さまへ。", "To all citizens.");
        english.put("説明会を10月29日に開きます。", "<1/>We hold a briefing on <2>October 29</2>.");
        english.put("詳しくは市のホームページをご覧ください。", "For details, see <3>the city's website</3>.");
        english.put("会場", "Venue");
        english.put("市役所本館3階", "City Hall main building, 3rd floor");
        english.put("定員", "Capacity");
        english.put("50名", "50 people");
        english.put("Apache POI", "Apache POI");
        english.put("申込みは不要です。", "<1/>No application is needed.");
        return english;
    }

    @ParameterizedTest
    @EnumSource(ExchangeFormat.class)
    void aWordDocumentComesBackTranslatedWithItsBoldLinkTableAndFootnote(ExchangeFormat format) throws IOException {
        byte[] notice = FormattedDocuments.briefingNotice();
        TranslatableText text = TranslatableText.ofDocument(notice, DocumentType.DOCX, JA);
        assertThat(text.segments()).extracting(Segment::text).contains("市民の皆さまへ。",
                "説明会を10月29日に開きます。", "詳しくは市のホームページをご覧ください。", "50名", "申込みは不要です。");

        byte[] edited = new CatTool(noticeInEnglish()).translate(text.exchangeFile(format, JOB, EN));
        Translation translation = text.translatedBy(TranslatedFile.read(edited), JOB, EN);

        try (XWPFDocument merged = new XWPFDocument(new ByteArrayInputStream(translation.document()))) {
            XWPFParagraph paragraph = merged.getParagraphs().get(0);
            assertThat(paragraph.getText()).contains("To all citizens.", "We hold a briefing on October 29.",
                    "For details, see the city's website.").doesNotContainPattern("\\p{IsHan}|\\p{IsHiragana}");
            assertThat(paragraph.getRuns()).filteredOn(XWPFRun::isBold).extracting(XWPFRun::text)
                    .containsExactly("October 29");
            List<XWPFHyperlinkRun> links = paragraph.getRuns().stream()
                    .filter(XWPFHyperlinkRun.class::isInstance).map(XWPFHyperlinkRun.class::cast).toList();
            assertThat(links).extracting(XWPFRun::text).containsExactly("the city's website");
            assertThat(links.get(0).getHyperlink(merged).getURL()).isEqualTo(FormattedDocuments.SITE);
            assertThat(paragraph.getCTP().xmlText()).contains("footnoteReference");

            XWPFTable table = merged.getTables().get(0);
            assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("City Hall main building, 3rd floor");
            assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("50 people");
            assertThat(merged.getFootnotes()).flatExtracting(XWPFFootnote::getParagraphs)
                    .extracting(XWPFParagraph::getText).anyMatch(footnote -> footnote.contains("No application is needed."));
        }
        assertThat(translation.text()).contains("To all citizens. We hold a briefing on October 29. For details, "
                + "see the city's website.");
    }

    @Test
    void aTranslationThatDropsAnInlineCodeIsRefusedNamingTheSegment() {
        TranslatableText text = TranslatableText.ofDocument(FormattedDocuments.briefingNotice(), DocumentType.DOCX, JA);
        Map<String, String> english = noticeInEnglish();
        english.put("説明会を10月29日に開きます。", "<1/>We hold a briefing on October 29.");
        byte[] edited = new CatTool(english).translate(text.exchangeFile(ExchangeFormat.XLIFF_2_1, JOB, EN));

        assertThatThrownBy(() -> text.translatedBy(TranslatedFile.read(edited), JOB, EN))
                .isInstanceOf(ExchangeFileProblem.class)
                .satisfies(problem -> {
                    ExchangeFileProblem refused = (ExchangeFileProblem) problem;
                    assertThat(refused.messageKey()).isEqualTo("xliff.code-missing");
                    assertThat(refused.field()).isEqualTo("xliff");
                    assertThat(refused.arguments()).containsExactly(segmentOf(text, "説明会を10月29日に開きます。"),
                            "<g2>");
                });
    }

    @Test
    void aTranslationThatClosesAFormattingBeforeOpeningItIsRefusedNamingTheSegment() {
        TranslatableText text = TranslatableText.ofDocument(FormattedDocuments.briefingNotice(), DocumentType.DOCX, JA);
        byte[] edited = new CatTool(noticeInEnglish()).translate(text.exchangeFile(ExchangeFormat.XLIFF_1_2, JOB, EN));
        String swapped = new String(edited, StandardCharsets.UTF_8)
                .replace("<g id=\"2\">October 29</g>", "<ex id=\"2\"/>October 29<bx id=\"2\"/>");

        assertThatThrownBy(() -> text.translatedBy(TranslatedFile.read(swapped.getBytes(StandardCharsets.UTF_8)),
                JOB, EN))
                .isInstanceOf(ExchangeFileProblem.class)
                .satisfies(problem -> {
                    ExchangeFileProblem refused = (ExchangeFileProblem) problem;
                    assertThat(refused.messageKey()).isEqualTo("xliff.code-order");
                    assertThat(refused.arguments()).containsExactly(segmentOf(text, "説明会を10月29日に開きます。"),
                            "</g2>");
                });
    }

    @ParameterizedTest
    @EnumSource(ExchangeFormat.class)
    void theMemorysMatchesGoOutInTheFileWithTheirScoreAndOriginAndTheFileStillComesBack(ExchangeFormat format) {
        TranslatableText text = TranslatableText.ofText("ごみは朝8時までに出してください。", JA);
        Suggestion lastYear = new Suggestion("ごみは朝9時までに出してください。", "Put out your rubbish by 9 a.m.", 94,
                "Kakehashi memory: 2025-00123");

        String exchange = new String(text.exchangeFile(format, JOB, EN, Map.of("line1:s1", List.of(lastYear))),
                StandardCharsets.UTF_8);

        assertThat(exchange).contains("Put out your rubbish by 9 a.m.", "Kakehashi memory: 2025-00123");
        assertThat(exchange).containsPattern(format == ExchangeFormat.XLIFF_1_2
                ? "<alt-trans[^>]*match-quality=\"94\"" : "<mtc:match[^>]*similarity=\"94(\\.0)?\"");
        byte[] edited = new CatTool(Map.of("ごみは朝8時までに出してください。", "Put out your rubbish by 8 a.m."))
                .translate(exchange.getBytes(StandardCharsets.UTF_8));
        assertThat(text.translatedBy(TranslatedFile.read(edited), JOB, EN).text())
                .isEqualTo("Put out your rubbish by 8 a.m.");
    }

    @Test
    void aTranslationWrittenInTheEditorKeepsItsTagsAndRebuildsTheDocument() throws IOException {
        TranslatableText text = TranslatableText.ofDocument(FormattedDocuments.briefingNotice(), DocumentType.DOCX, JA);
        Map<String, String> typed = new LinkedHashMap<>();
        for (Segment segment : text.segments()) {
            typed.put(segment.id(), CatTool.tagsOf(noticeInEnglish().get(segment.text())));
        }
        assertThat(text.segments()).extracting(Segment::tagged).contains("<x1/>説明会を<g2>10月29日</g2>に開きます。");

        Translation translation = text.translatedBy(typed, EN);

        try (XWPFDocument merged = new XWPFDocument(new ByteArrayInputStream(translation.document()))) {
            assertThat(merged.getParagraphs().get(0).getRuns()).filteredOn(XWPFRun::isBold).extracting(XWPFRun::text)
                    .containsExactly("October 29");
        }
        typed.put(segmentOf(text, "説明会を10月29日に開きます。"), "<x1/>We hold a briefing on October 29.");
        assertThatThrownBy(() -> text.translatedBy(typed, EN)).isInstanceOf(ExchangeFileProblem.class)
                .extracting(problem -> ((ExchangeFileProblem) problem).messageKey()).isEqualTo("xliff.code-missing");
    }

    @Test
    void anotherJobsFileIsRefused() {
        TranslatableText text = TranslatableText.ofText("ひとりで悩んでいませんか？", JA);
        byte[] edited = new CatTool(Map.of("ひとりで悩んでいませんか？", "Are you struggling alone?"))
                .translate(text.exchangeFile(ExchangeFormat.XLIFF_2_1, "2026-00099/en", EN));

        assertThatThrownBy(() -> text.translatedBy(TranslatedFile.read(edited), JOB, EN))
                .isInstanceOf(ExchangeFileProblem.class)
                .extracting(problem -> ((ExchangeFileProblem) problem).messageKey()).isEqualTo("xliff.other-job");
    }

    @Test
    void aFileInOtherLanguagesIsRefused() {
        TranslatableText text = TranslatableText.ofText("ひとりで悩んでいませんか？", JA);
        byte[] edited = new CatTool(Map.of("ひとりで悩んでいませんか？", "你是否独自烦恼？"))
                .translate(text.exchangeFile(ExchangeFormat.XLIFF_1_2, JOB, LanguageTag.of("zh-Hans")));

        assertThatThrownBy(() -> text.translatedBy(TranslatedFile.read(edited), JOB, EN))
                .isInstanceOf(ExchangeFileProblem.class)
                .extracting(problem -> ((ExchangeFileProblem) problem).messageKey())
                .isEqualTo("xliff.other-languages");
    }

    @Test
    void anUntranslatedSegmentIsNamed() {
        TranslatableText text = TranslatableText.ofText("ひとりで悩んでいませんか？総合福祉課にご相談ください。", JA);
        byte[] edited = new CatTool(Map.of("ひとりで悩んでいませんか？", "Are you struggling alone?"))
                .translate(text.exchangeFile(ExchangeFormat.XLIFF_2_1, JOB, EN));

        assertThatThrownBy(() -> text.translatedBy(TranslatedFile.read(edited), JOB, EN))
                .isInstanceOf(ExchangeFileProblem.class)
                .extracting(problem -> ((ExchangeFileProblem) problem).arguments())
                .isEqualTo(new Object[]{1, 2, "line1:s2"});
    }

    @ParameterizedTest
    @EnumSource(ExchangeFormat.class)
    void aPastedTextComesBackLineByLineItsSentencesSpacedForEnglish(ExchangeFormat format) {
        TranslatableText text = TranslatableText.ofText("ひとりで悩んでいませんか？総合福祉課にご相談ください。\n\n電話：0120-000-000", JA);
        assertThat(text.segments()).extracting(Segment::id).containsExactly("line1:s1", "line1:s2", "line3:s1");

        byte[] edited = new CatTool(Map.of("ひとりで悩んでいませんか？", "Are you struggling alone?",
                "総合福祉課にご相談ください。", "Please talk to the General Welfare Division.",
                "電話：0120-000-000", "Phone: 0120-000-000")).translate(text.exchangeFile(format, JOB, EN));

        assertThat(text.translatedBy(TranslatedFile.read(edited), JOB, EN).text()).isEqualTo(
                "Are you struggling alone? Please talk to the General Welfare Division.\n\nPhone: 0120-000-000");
    }

    @Test
    void anHtmlPageComesBackTranslatedWithItsMarkup() {
        byte[] html = ("<!DOCTYPE html><html lang=\"ja\"><body><h1>ひとりで悩んでいませんか？</h1>"
                + "<p><b>総合福祉課</b>にご相談ください。</p></body></html>").getBytes(StandardCharsets.UTF_8);
        TranslatableText text = TranslatableText.ofDocument(html, DocumentType.HTML, JA);
        byte[] edited = new CatTool(Map.of("ひとりで悩んでいませんか？", "Are you struggling alone?",
                "総合福祉課にご相談ください。", "Please talk to the <1>General Welfare Division</1>."))
                .translate(text.exchangeFile(ExchangeFormat.XLIFF_2_1, JOB, EN));

        String page = new String(text.translatedBy(TranslatedFile.read(edited), JOB, EN).document(),
                StandardCharsets.UTF_8);

        assertThat(page).contains("<h1>Are you struggling alone?</h1>",
                "<p>Please talk to the <b>General Welfare Division</b>.</p>").doesNotContain("総合福祉課");
    }

    @Test
    void anOpenDocumentTextComesBackTranslated() {
        byte[] odt = TestDocuments.openDocumentTextOf("ひとりで悩んでいませんか？", "総合福祉課にご相談ください。");
        TranslatableText text = TranslatableText.ofDocument(odt, DocumentType.ODT, JA);
        byte[] edited = new CatTool(Map.of("ひとりで悩んでいませんか？", "Are you struggling alone?",
                "総合福祉課にご相談ください。", "Please talk to the General Welfare Division."))
                .translate(text.exchangeFile(ExchangeFormat.XLIFF_1_2, JOB, EN));

        byte[] merged = text.translatedBy(TranslatedFile.read(edited), JOB, EN).document();

        assertThat(new DocumentDetector().detect(merged)).isEqualTo(DocumentType.ODT);
        assertThat(TranslatableText.ofDocument(merged, DocumentType.ODT, EN).segments()).extracting(Segment::text)
                .containsExactly("Are you struggling alone?", "Please talk to the General Welfare Division.");
    }

    @Test
    void aPdfGivesItsTextButIsNotRebuilt() {
        byte[] pdf = TestDocuments.pdfOf("Napier City Council", "Sister city since 1980");

        TranslatableText text = TranslatableText.ofDocument(pdf, DocumentType.PDF, EN);

        assertThat(text.text()).contains("Napier City Council", "Sister city since 1980");
        assertThat(TranslatableText.rebuilds(DocumentType.PDF)).isFalse();
    }

    @Test
    void aTranslatedXliffWithAnEntityTrickIsRefused() {
        byte[] hostile = ("<?xml version=\"1.0\"?><!DOCTYPE xliff [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<xliff version=\"2.0\"><file id=\"f\"><unit id=\"u\"><segment><source>a</source>"
                + "<target>&x;</target></segment></unit></file></xliff>").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> TranslatedFile.read(hostile)).isInstanceOf(RefusedDocumentException.class);
    }

    private static String segmentOf(TranslatableText text, String source) {
        return text.segments().stream().filter(segment -> segment.text().equals(source)).findFirst()
                .orElseThrow().id();
    }
}
