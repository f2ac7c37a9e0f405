package org.kakehashi.terms;

import org.junit.jupiter.api.Test;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.terms.TermbaseCsv.Problem;
import org.kakehashi.terms.TermbaseCsv.Row;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.kakehashi.terms.TermStatus.ADMITTED;
import static org.kakehashi.terms.TermStatus.FORBIDDEN;
import static org.kakehashi.terms.TermStatus.PREFERRED;

class TermbaseCsvTest {

    private static final LanguageTag JA = LanguageTag.of("ja");
    private static final LanguageTag EN = LanguageTag.of("en");
    private static final LanguageTag ZH = LanguageTag.of("zh-Hans");

    private static byte[] withByteOrderMark(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bytes.length + 3];
        file[0] = (byte) 0xEF;
        file[1] = (byte) 0xBB;
        file[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, file, 3, bytes.length);
        return file;
    }

    @Test
    void aSpreadsheetInUtf8WithAByteOrderMarkWithEnglishHeadingsAndAConceptOverTwoRowsNumberedAsExcelDoes() {
        String csv = """
                conceptId,subjectField,definition,note,source,ja,en,term:zh,en status,en partOfSpeech\r
                mayor,行政,市の執行機関の長,,地方自治法第139条,市長,mayor,市长,,noun\r
                ,,,,,,,,,\r
                moving-in,住民記録,,"転入の届出。
                14日以内。",,転入届,moving-in notification,迁入申报,Admitted,\r
                moving-in,,,,,,transfer-in report,,forbidden,other\r
                ,,,,,申請する,apply,,,VERB\r
                """;

        TermbaseCsv file = TermbaseCsv.read(withByteOrderMark(csv), null);

        assertThat(file.headingProblems()).isEmpty();
        assertThat(file.unknownHeadings()).isEmpty();
        Concept mayor = new Concept("mayor", "行政", "市の執行機関の長", null, "地方自治法第139条", List.of(
                new TermForm(JA, "市長", null, PREFERRED),
                new TermForm(EN, "mayor", "noun", PREFERRED),
                new TermForm(ZH, "市长", null, PREFERRED)));
        Concept movingIn = new Concept("moving-in", "住民記録", null, "転入の届出。\n14日以内。", null, List.of(
                new TermForm(JA, "転入届", null, PREFERRED),
                new TermForm(EN, "moving-in notification", null, ADMITTED),
                new TermForm(ZH, "迁入申报", null, PREFERRED)));
        Concept transferIn = new Concept("moving-in", null, null, null, null, List.of(
                new TermForm(EN, "transfer-in report", "other", FORBIDDEN)));
        Concept apply = new Concept(null, null, null, null, null, List.of(
                new TermForm(JA, "申請する", null, PREFERRED),
                new TermForm(EN, "apply", "verb", PREFERRED)));
        assertThat(file.rows()).containsExactly(
                new Row(2, mayor, List.of()),
                new Row(4, movingIn, List.of()),
                new Row(5, transferIn, List.of()),
                new Row(6, apply, List.of()));
        assertThat(file.concepts()).containsExactly(mayor,
                new Concept("moving-in", "住民記録", null, "転入の届出。\n14日以内。", null, List.of(
                        new TermForm(JA, "転入届", null, PREFERRED),
                        new TermForm(EN, "moving-in notification", null, ADMITTED),
                        new TermForm(ZH, "迁入申报", null, PREFERRED),
                        new TermForm(EN, "transfer-in report", "other", FORBIDDEN))),
                apply);
    }

    @Test
    void aSpreadsheetInShiftJisAsJapaneseExcelSavesItWithJapaneseHeadings() {
        String csv = """
                概念ＩＤ,分野,定義,備考,出典,ja,ja　品詞,en,en 状態,tl,tl 状態\r
                101,福祉,介護が必要な度合い,認定は市が行う。,介護保険法,要介護度,名詞,care level,推奨,antas ng pangangalaga,許容\r
                101,,,,,,,long-term care level,許容,,\r
                102,,,,,ケアプラン,名詞,care plan,推奨,plano ng pangangalaga,禁止\r
                """;

        TermbaseCsv file = TermbaseCsv.read(csv.getBytes(Charset.forName("Shift_JIS")), null);

        LanguageTag filipino = LanguageTag.of("fil");
        assertThat(file.headingProblems()).isEmpty();
        assertThat(file.rows()).extracting(Row::row).containsExactly(2, 3, 4);
        assertThat(file.rows()).allSatisfy(row -> assertThat(row.problems()).isEmpty());
        assertThat(file.concepts()).containsExactly(
                new Concept("101", "福祉", "介護が必要な度合い", "認定は市が行う。", "介護保険法", List.of(
                        new TermForm(JA, "要介護度", "noun", PREFERRED),
                        new TermForm(EN, "care level", null, PREFERRED),
                        new TermForm(filipino, "antas ng pangangalaga", null, ADMITTED),
                        new TermForm(EN, "long-term care level", null, ADMITTED))),
                new Concept("102", null, null, null, null, List.of(
                        new TermForm(JA, "ケアプラン", "noun", PREFERRED),
                        new TermForm(EN, "care plan", null, PREFERRED),
                        new TermForm(filipino, "plano ng pangangalaga", null, FORBIDDEN))));
    }

    @Test
    void theEncodingAPersonChoseIsTheOneRead() {
        String csv = "ja,en\r\n市長,mayor\r\n";

        TermbaseCsv file = TermbaseCsv.read(csv.getBytes(Charset.forName("Shift_JIS")), Charset.forName("Shift_JIS"));

        assertThat(file.concepts()).containsExactly(new Concept(null, null, null, null, null, List.of(
                new TermForm(JA, "市長", null, PREFERRED), new TermForm(EN, "mayor", null, PREFERRED))));
    }

    @Test
    void everyProblemIsReportedByRowAndColumnAndACellWithAProblemGivesNothing() {
        String tooLong = "あ".repeat(501);
        String csv = "概念ID,定義,ja,en,en 状態,en 品詞\r\n"
                + "c1,市の長,市長,mayor,maybe,\r\n"
                + "c1,市を代表する者,,city mayor,,noun phrase\r\n"
                + "c2," + tooLong + ",窓口,counter,,\r\n"
                + "c3,,,,推奨,\r\n"
                + "c1,,市長,mayor,forbidden,\r\n"
                + "c1,,市長,mayor,,\r\n";

        TermbaseCsv file = TermbaseCsv.read(csv.getBytes(StandardCharsets.UTF_8), null);

        assertThat(file.rows()).extracting(Row::row, Row::problems).containsExactly(
                tuple(2, List.of(new Problem("en 状態", "terms.csv-status", "maybe"))),
                tuple(3, List.of(
                        new Problem("en 品詞", "terms.csv-part-of-speech", "noun phrase"),
                        new Problem("定義", "terms.csv-concept-differs", "c1", 2))),
                tuple(4, List.of(new Problem("定義", "terms.csv-too-long", 500))),
                tuple(5, List.of(new Problem(null, "terms.csv-no-term"))),
                tuple(6, List.of()),
                tuple(7, List.of(new Problem("en", "terms.csv-term-differs", "mayor", "c1", 6))));
        assertThat(file.rows().get(0).concept()).isEqualTo(new Concept("c1", null, "市の長", null, null,
                List.of(new TermForm(JA, "市長", null, PREFERRED))));
        assertThat(file.rows().get(2).concept()).isEqualTo(new Concept("c2", null, null, null, null, List.of(
                new TermForm(JA, "窓口", null, PREFERRED), new TermForm(EN, "counter", null, PREFERRED))));
    }

    @Test
    void headingsThatNameNoLanguageNoColumnOrAColumnTwiceAreReported() {
        String csv = "ja,term:ja,term:日本語,xx-!! status,ko status,remarks,担当者,status,en\r\n"
                + "市長,首長,,,,,田中,,mayor\r\n";

        TermbaseCsv file = TermbaseCsv.read(csv.getBytes(StandardCharsets.UTF_8), null);

        assertThat(file.headingProblems()).containsExactly(
                new Problem("term:ja", "terms.csv-heading-repeated", "term:ja"),
                new Problem("term:日本語", "terms.csv-heading-language", "term:日本語"),
                new Problem("xx-!! status", "terms.csv-heading-language", "xx-!! status"),
                new Problem("ko status", "terms.csv-heading-without-term", "ko status", "ko"));
        assertThat(file.unknownHeadings()).containsExactly("remarks", "担当者", "status");
        assertThat(file.concepts()).containsExactly(new Concept(null, null, null, null, null, List.of(
                new TermForm(JA, "市長", null, PREFERRED), new TermForm(EN, "mayor", null, PREFERRED))));
    }

    @Test
    void aFileWithoutRowsOrInNoEncodingIsRefused() {
        assertThatThrownBy(() -> TermbaseCsv.read(new byte[0], null))
                .isInstanceOfSatisfying(TermbaseFileException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("terms.csv-empty"));
        assertThatThrownBy(() -> TermbaseCsv.read("ja\r\n市長\r\n".getBytes(StandardCharsets.UTF_8),
                StandardCharsets.US_ASCII)).isInstanceOfSatisfying(TermbaseFileException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("terms.csv-undecodable");
                    assertThat(e.arguments()).containsExactly(4);
                });
    }
}
