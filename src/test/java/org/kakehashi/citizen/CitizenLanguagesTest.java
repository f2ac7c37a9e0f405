package org.kakehashi.citizen;

import org.junit.jupiter.api.Test;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.notification.MailMessage;
import org.kakehashi.notification.MailTexts;
import org.kakehashi.platform.problem.Messages;
import org.kakehashi.request.CitizenOrigin;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A citizen's language, from the form's Accept-Language to the mails they get. */
class CitizenLanguagesTest {

    private static final MailMessage.Recipient LAN = new MailMessage.Recipient("lan@example.vn", "Nguyễn Thị Lan");
    private static final List<MailTexts.Link> STATUS =
            List.of(new MailTexts.Link("status", "https://city/status.html"));

    private static LanguageTag formLanguage(String acceptLanguage) {
        return CitizenResource.formLanguage(Locale.LanguageRange.parse(acceptLanguage).stream()
                .map(range -> Locale.forLanguageTag(range.getRange())).toList());
    }

    private static CitizenOrigin sentIn(String acceptLanguage) {
        return new CitizenOrigin("Nguyễn Thị Lan", LAN.address(), formLanguage(acceptLanguage), "hash", "nonce");
    }

    @Test
    void aRequestSentFromTheVietnameseFormIsVietnameseAndSoAreItsMails() {
        CitizenOrigin lan = sentIn("vi");
        assertThat(lan.language().value()).isEqualTo("vi");

        MailMessage question = new MailTexts().notice(LAN, lan.language(), "question-asked", "2026-0042",
                List.of("2026-0042", "Bản gốc có mấy trang?", ""), STATUS);

        assertThat(question.subject()).isEqualTo("[Kakehashi] Câu hỏi về yêu cầu 2026-0042");
        assertThat(question.text()).startsWith("Kính gửi Nguyễn Thị Lan,")
                .contains("\"Bản gốc có mấy trang?\"", "trang tình trạng", "Thư này được gửi tự động");
        assertThat(question.html()).contains("<html lang=\"vi\">");
    }

    @Test
    void eachOfferedLanguageOfTheFormIsKeptAsTheCitizensLanguage() {
        assertThat(formLanguage("ja-x-easy,ja;q=0.9").value()).isEqualTo("ja-x-easy");
        assertThat(formLanguage("zh-CN").value()).isEqualTo("zh-Hans");
        assertThat(formLanguage("pt-BR").value()).isEqualTo("pt-BR");
        assertThat(formLanguage("ko-KR").value()).isEqualTo("ko");
        assertThat(formLanguage("ne").value()).isEqualTo("ne");
        assertThat(formLanguage("id").value()).isEqualTo("id");
        // ICU writes Tagalog as Filipino, which reads the Tagalog texts
        assertThat(Messages.of(Locale.forLanguageTag(formLanguage("tl").value())).locale()).isEqualTo(Messages.TAGALOG);
    }

    @Test
    void aLanguageTheOfficeDoesNotOfferGetsEnglishNotJapanese() {
        assertThat(formLanguage("fr-FR").value()).isEqualTo("en");
        assertThat(formLanguage("zh-TW").value()).isEqualTo("en");
        assertThat(formLanguage("fr-FR,ko;q=0.5").value()).isEqualTo("ko");
    }

    @Test
    void easyJapaneseMailsAreMarkedJapaneseForScreenReadersAndWriteTheWesternYear() {
        LanguageTag easy = formLanguage("ja-x-easy");
        MailMessage lapsed = new MailTexts().notice(LAN, easy, "lapsed", "2026-0042", List.of("2026-0042", "", ""),
                STATUS);
        assertThat(lapsed.subject()).isEqualTo("【かけはし】ばんごう 2026-0042 は おわりました");
        assertThat(lapsed.html()).contains("<html lang=\"ja\">");
        assertThat(MailTexts.date(LocalDate.of(2026, 12, 18), easy)).isEqualTo("2026年12月18日");
        assertThat(MailTexts.date(LocalDate.of(2026, 12, 18), LanguageTag.of("ja"))).isEqualTo("令和8年12月18日");
    }

    @Test
    void aDeliveryMailCountsTheTranslationsByTheLanguagesPluralRules() {
        LanguageTag portuguese = formLanguage("pt-BR");
        MailTexts texts = new MailTexts();
        assertThat(texts.notice(LAN, portuguese, "delivered", "2026-0042", List.of("2026-0042", 1, "x"), STATUS)
                .subject()).isEqualTo("[Kakehashi] Pedido 2026-0042: a tradução está pronta");
        assertThat(texts.notice(LAN, portuguese, "delivered", "2026-0042", List.of("2026-0042", 2, "x"), STATUS)
                .subject()).isEqualTo("[Kakehashi] Pedido 2026-0042: 2 traduções estão prontas");
    }

    @Test
    void theStatusWordsComeInTheCitizensLanguageAndStaffOnlyTextsInEnglish() {
        Messages vietnamese = Messages.of(Locale.forLanguageTag("vi"));
        assertThat(vietnamese.format("citizen.status.submitted"))
                .isEqualTo("Đã tiếp nhận; người phụ trách sẽ xem sớm.");
        assertThat(vietnamese.format("personal-data.phone-number")).startsWith("Đây là số điện thoại.");
        assertThat(vietnamese.format("request.not-found", "2026-0001")).isEqualTo("There is no request 2026-0001.");
        assertThat(Messages.of(Messages.EASY_JAPANESE).format("request.not-found", "2026-0001"))
                .isEqualTo(Messages.of(Locale.JAPANESE).format("request.not-found", "2026-0001"));
    }
}
