package org.kakehashi.delivery;

import org.junit.jupiter.api.Test;
import org.kakehashi.calendar.FiscalYear;
import org.kakehashi.document.DocumentFileName;
import org.kakehashi.document.StoredDocument;
import org.kakehashi.language.CountingRates;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.language.TextCounter;
import org.kakehashi.request.NewRequest;
import org.kakehashi.request.Request;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.Submission;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class TranslationTextFileTest {

    private static final Instant MORNING = Instant.parse("2026-12-03T00:30:00Z");
    private static final LanguageTag JA = LanguageTag.of("ja");
    private static final LanguageTag EN = LanguageTag.of("en");
    private static final LanguageTag VI = LanguageTag.of("vi");
    private static final String TEXT = "苫小牧市のお知らせ";

    private static Request translated(Charset sourceEncoding, LanguageTag target, String translation) {
        StoredDocument source = sourceEncoding == null ? null : StoredDocument.text(
                new DocumentFileName("oshirase.txt"), TEXT.getBytes(sourceEncoding), sourceEncoding, MORNING);
        Request request = Request.submit(new Submission(RequestNumber.of(new FiscalYear(2026), 9), "sato",
                "sougou-fukushi", NewRequest.translation(JA, target, TEXT, LocalDate.of(2026, 12, 24)),
                new TextCounter(new CountingRates(2000, 400)).count(TEXT, JA), source, MORNING, ZoneId.of("Asia/Tokyo")));
        request.accept("emily", MORNING.plusSeconds(60));
        request.onJob(target).submitTranslation("emily", translation, null, MORNING.plusSeconds(120));
        return request;
    }

    private static byte[] delivered(Request request, LanguageTag target) {
        StoredDocument file = TranslationTextFile.of(request, request.job(target), MORNING.plusSeconds(180));
        return file.verifiedBytes();
    }

    @Test
    void theTranslationOfAnEucJpFileGoesBackInEucJp() {
        Request request = translated(Charset.forName("EUC-JP"), EN, "Tomakomai City (苫小牧市)");

        // as GNU iconv -t EUC-JP writes it: 苫 C6D1, 小 BEAE, 牧 CBD2, 市 BBD4
        assertThat(delivered(request, EN))
                .isEqualTo(HexFormat.of().parseHex("546f6d616b6f6d616920436974792028c6d1beaecbd2bbd429"));
        assertThat(TranslationTextFile.of(request, request.job(EN), MORNING).contentType())
                .isEqualTo("text/plain; charset=EUC-JP");
    }

    @Test
    void aTranslationTheSourceEncodingCannotCarryGoesOutInUtf8() {
        Request request = translated(Charset.forName("windows-31j"), VI, "Thông báo của thành phố Tomakomai");

        assertThat(delivered(request, VI))
                .isEqualTo("Thông báo của thành phố Tomakomai".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aTypedRequestIsDeliveredInUtf8() {
        Request request = translated(null, EN, "Notice from Tomakomai City");

        assertThat(TranslationTextFile.of(request, request.job(EN), MORNING).contentType())
                .isEqualTo("text/plain; charset=UTF-8");
    }

    @Test
    void aUtf16TranslationStartsWithItsByteOrderMark() {
        Request request = translated(StandardCharsets.UTF_16LE, EN, "City");

        assertThat(delivered(request, EN))
                .isEqualTo(new byte[] {(byte) 0xFF, (byte) 0xFE, 'C', 0, 'i', 0, 't', 0, 'y', 0});
    }
}
