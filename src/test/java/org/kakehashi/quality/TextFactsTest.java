package org.kakehashi.quality;

import org.junit.jupiter.api.Test;
import org.kakehashi.language.LanguageTag;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class TextFactsTest {

    private static final LanguageTag JAPANESE = LanguageTag.of("ja");
    private static final LanguageTag ENGLISH = LanguageTag.of("en");

    @Test
    void eachSpanIsOneFactInTheOrderTheTextStatesThem() {
        TextFacts facts = TextFacts.of(
                "令和8年10月29日（木）午後2時から、市役所3階で説明会を開きます。参加費は1,500円です。電話0835-22-1234", JAPANESE);

        assertThat(facts.facts()).containsExactly(
                new WrittenDate("令和8年10月29日", 2026, 10, 29),
                new ClockTime("午後2時", 14, 0, false),
                new Figure("3", BigDecimal.valueOf(3), false),
                new Amount("1,500円", BigDecimal.valueOf(1500), Currency.JPY),
                new PhoneNumber("0835-22-1234", "81835221234"));
    }

    @Test
    void japaneseMultipliersAfterDigitsMakeOneNumber() {
        assertThat(TextFacts.of("予算は1億2千万円、来場者は3万人、寄付は1万5千円でした。", JAPANESE).facts()).containsExactly(
                new Amount("1億2千万円", BigDecimal.valueOf(120_000_000), Currency.JPY),
                new Figure("3万", BigDecimal.valueOf(30_000), false),
                new Amount("1万5千円", BigDecimal.valueOf(15_000), Currency.JPY));
    }

    @Test
    void digitsInsideAWordOrAnAddressAreNoNumber() {
        String text = "COVID-19 vaccines: see https://example.org/covid-19/2026 or ask room A4.";
        String url = "https://example.org/covid-19/2026";

        assertThat(TextFacts.of(text, ENGLISH).facts()).containsExactly(new WebAddress(FindingKind.URL, url, url));
    }

    @Test
    void fullWidthDigitsAreReadAsTheTextWritesThem() {
        assertThat(TextFacts.of("定員は５０名、参加費は１，５００円です。", JAPANESE).facts()).containsExactly(
                new Figure("５０", BigDecimal.valueOf(50), false),
                new Amount("１，５００円", BigDecimal.valueOf(1500), Currency.JPY));
    }
}
