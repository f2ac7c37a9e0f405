package org.kakehashi.quality;

import org.junit.jupiter.api.Test;
import org.kakehashi.language.LanguageTag;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FactsCheckTest {

    private static final LanguageTag JAPANESE = LanguageTag.of("ja");
    private static final LanguageTag ENGLISH = LanguageTag.of("en");
    private static final LanguageTag CHINESE = LanguageTag.of("zh");
    private static final LanguageTag PORTUGUESE = LanguageTag.of("pt-BR");
    private static final String SEGMENT = "tu3:s1";
    private static final String NOTICE = "令和8年10月29日（木）午後2時から、市役所3階で説明会を開きます。参加費は1,500円です。";
    private static final String SESSION =
            "An information session will be held on the 3rd floor of City Hall from 2 p.m. ";

    private static List<Finding> check(String source, LanguageTag sourceLanguage, String target,
                                       LanguageTag targetLanguage) {
        return FactsCheck.between(SEGMENT, source, sourceLanguage, target, targetLanguage);
    }

    private static List<Finding> japaneseToEnglish(String source, String target) {
        return check(source, JAPANESE, target, ENGLISH);
    }

    private static Finding finding(FindingKind kind, String expected, String found) {
        return new Finding(kind, SEGMENT, expected, found);
    }

    @Test
    void aFaithfulTranslationCarriesEveryFact() {
        assertThat(japaneseToEnglish(NOTICE, SESSION + "on Thursday, October 29, 2026. The fee is ¥1,500.")).isEmpty();
    }

    @Test
    void aChangedAmountIsNamedWithWhatTheTranslationSaysInstead() {
        assertThat(japaneseToEnglish(NOTICE, SESSION + "on Thursday, October 29, 2026. The fee is ¥1,800."))
                .containsExactly(finding(FindingKind.AMOUNT, "1,500円", "¥1,800"));
    }

    @Test
    void aChangedDayIsADateFinding() {
        assertThat(japaneseToEnglish(NOTICE, SESSION + "on Wednesday, October 28, 2026. The fee is ¥1,500."))
                .containsExactly(finding(FindingKind.DATE, "令和8年10月29日", "October 28, 2026"));
    }

    @Test
    void aDroppedFactIsNamedWithNothingInItsPlace() {
        assertThat(japaneseToEnglish(NOTICE, "An information session will be held at City Hall from 2 p.m. "
                + "on Thursday, October 29, 2026. The fee is ¥1,500."))
                .containsExactly(finding(FindingKind.NUMBER, "3", null));
    }

    @Test
    void aDomesticNumberIsTheSamePhoneAsItsInternationalForm() {
        assertThat(japaneseToEnglish("お問い合わせ：0835-22-1234（国際交流課）", "Contact: +81 835-22-1234 (International Affairs)"))
                .isEmpty();
    }

    @Test
    void aPhoneNumberInBracketsOrFullWidthDigitsIsTheSameNumber() {
        assertThat(japaneseToEnglish("電話（0835）22-1234、携帯０９０－１２３４－５６７８",
                "Phone 0835-22-1234, mobile +81 90 1234 5678")).isEmpty();
    }

    @Test
    void aMistypedPhoneNumberIsAPhoneFinding() {
        assertThat(japaneseToEnglish("お問い合わせ：0835-22-1234", "Contact: +81 835-22-1243"))
                .containsExactly(finding(FindingKind.PHONE, "0835-22-1234", "+81 835-22-1243"));
    }

    @Test
    void aPartnersNumberAbroadKeepsItsCountryCode() {
        assertThat(check("Call Napier City Council on +64 6 835 7579.", ENGLISH, "ネーピア市役所（+64 6-835-7579）へお電話ください。",
                JAPANESE)).isEmpty();
    }

    @Test
    void anAddressIsComparedWithoutTheSentencesPunctuation() {
        assertThat(japaneseToEnglish(
                "詳しくはhttps://www.city.example.lg.jp/kokusai/をご覧ください。問い合わせはkokusai@city.example.lg.jp。",
                "See https://www.city.example.lg.jp/kokusai/. Questions to kokusai@city.example.lg.jp.")).isEmpty();
    }

    @Test
    void aChangedAddressIsAUrlFinding() {
        assertThat(japaneseToEnglish("詳しくは https://www.city.example.lg.jp/kokusai/ をご覧ください。",
                "See https://www.city.example.lg.jp/english/ for details."))
                .containsExactly(finding(FindingKind.URL, "https://www.city.example.lg.jp/kokusai/",
                        "https://www.city.example.lg.jp/english/"));
    }

    @Test
    void aChineseTranslationWritesTheEraDateInTheGregorianCalendarAndYenAsRiyuan() {
        assertThat(check("令和8年10月29日（木）に説明会を開きます。参加費は1,500円です。", JAPANESE,
                "2026年10月29日（星期四）举行说明会。参加费为1,500日元。", CHINESE)).isEmpty();
    }

    @Test
    void yuanAreNotYen() {
        assertThat(check("参加費は1,500円です。", JAPANESE, "参加费为1,500元。", CHINESE))
                .containsExactly(finding(FindingKind.AMOUNT, "1,500円", "1,500元"));
    }

    @Test
    void theYenSignInChineseIsTheYuans() {
        assertThat(check("门票￥100。", CHINESE, "Tickets cost 100 yuan.", ENGLISH)).isEmpty();
    }

    @Test
    void anEnglishLetterTranslatedIntoJapaneseKeepsItsDatesAndSums() {
        assertThat(check("The Napier delegation arrives on 3 November 2026 and stays for five days. Dinner: NZ$45.",
                ENGLISH, "ネーピア市の訪問団は2026年11月3日に到着し、5日間滞在します。夕食は45NZドルです。", JAPANESE)).isEmpty();
    }

    @Test
    void aDayWithoutItsYearMayBeGivenItsYear() {
        assertThat(japaneseToEnglish("10月29日に開きます。", "It opens on 29 October.")).isEmpty();
        assertThat(japaneseToEnglish("10月29日に開きます。", "It opens on Oct. 29, 2026.")).isEmpty();
    }

    @Test
    void aDayWhoseYearTheTranslationDropsIsADateFinding() {
        assertThat(japaneseToEnglish("2026年10月29日に開きます。", "It opens on October 29."))
                .containsExactly(finding(FindingKind.DATE, "2026年10月29日", "October 29"));
    }

    @Test
    void theFirstYearOfAnEraIsGan() {
        assertThat(japaneseToEnglish("令和元年5月1日に改元されました。平成31年4月30日が平成最後の日です。",
                "The era changed on May 1, 2019; April 30, 2019 was the last day of Heisei.")).isEmpty();
    }

    @Test
    void aFiscalYearInTheEraIsTheYearItBegins() {
        assertThat(japaneseToEnglish("令和8年度の予算", "the FY2026 budget")).isEmpty();
        assertThat(japaneseToEnglish("令和8年度の予算", "the FY2025 budget"))
                .containsExactly(finding(FindingKind.NUMBER, "令和8年度", "2025"));
    }

    @Test
    void aDateWrittenInNumbersIsTheSameDate() {
        assertThat(japaneseToEnglish("締切：2026/10/29", "Deadline: 29 October 2026")).isEmpty();
    }

    @Test
    void aMonthAloneIsTheMonthsName() {
        assertThat(japaneseToEnglish("10月から受付を始めます。", "Applications open in October.")).isEmpty();
    }

    @Test
    void theThirdMondayIsNoMarch() {
        assertThat(japaneseToEnglish("毎月第3月曜日に開きます。", "It meets every 3rd Monday.")).isEmpty();
    }

    @Test
    void mayOpeningAQuestionIsNoMonth() {
        assertThat(check("May I ask you to reply by 5 June?", ENGLISH, "6月5日までにご返信ください。", JAPANESE)).isEmpty();
    }

    @Test
    void tenThousandsAreTheSameNumberInDigits() {
        assertThat(japaneseToEnglish("来場者は3万人でした。参加費は1万5千円です。", "There were 30,000 visitors. The fee is 15,000 yen."))
                .isEmpty();
    }

    @Test
    void aChangedNumberIsNamedWithTheNumberInItsPlace() {
        assertThat(japaneseToEnglish("定員は５０名です。", "Capacity: 60 people."))
                .containsExactly(finding(FindingKind.NUMBER, "５０", "60"));
    }

    @Test
    void aNumberStatedTwiceMustBeTranslatedTwice() {
        assertThat(japaneseToEnglish("1組3人、3組まで", "3 people per team")).containsExactly(
                finding(FindingKind.NUMBER, "1", null), finding(FindingKind.NUMBER, "3", null));
    }

    @Test
    void whatTheTranslationAddsIsNoFinding() {
        assertThat(japaneseToEnglish("説明会を開きます。", "A session will be held at 2 p.m. in Room 301 on 29 October."))
                .isEmpty();
    }

    @Test
    void aCounterIsItsNumber() {
        assertThat(japaneseToEnglish("第3回国際交流フェスタ", "The 3rd International Festival")).isEmpty();
    }

    @Test
    void aNumberTheTranslationSpellsOutIsCarried() {
        assertThat(japaneseToEnglish("3名まで", "up to three people")).isEmpty();
    }

    @Test
    void aNumberTheSourceSpellsOutNeedNotBeADigit() {
        assertThat(check("One of our staff will meet you.", ENGLISH, "職員がお迎えに参ります。", JAPANESE)).isEmpty();
    }

    @Test
    void percentIsTheNumber() {
        assertThat(japaneseToEnglish("参加者の30％が外国籍でした。", "30 percent of participants were foreign nationals."))
                .isEmpty();
    }

    @Test
    void aDollarIsAnyDollarButNotTheOtherCountrys() {
        assertThat(japaneseToEnglish("20ドル", "$20")).isEmpty();
        assertThat(check("US$20", ENGLISH, "20NZドル", JAPANESE))
                .containsExactly(finding(FindingKind.AMOUNT, "US$20", "20NZドル"));
    }

    @Test
    void aLanguageWritingDecimalCommasReadsThousandsWithPoints() {
        assertThat(check("距離は2.5km、参加費は1,500円です。", JAPANESE,
                "A distância é de 2,5 km e a taxa é de JPY 1.500.", PORTUGUESE)).isEmpty();
    }

    @Test
    void aTimeOfDayMayBeWrittenOnTheTwelveHourClock() {
        assertThat(japaneseToEnglish("午後2時から4時半まで", "from 2 p.m. to 4:30 p.m.")).isEmpty();
        assertThat(japaneseToEnglish("受付は14時まで", "Reception closes at 2:00 PM.")).isEmpty();
    }

    @Test
    void aChangedTimeIsANumberFinding() {
        assertThat(japaneseToEnglish("受付は14時まで", "Reception closes at 4 p.m."))
                .containsExactly(finding(FindingKind.NUMBER, "14時", "4 p.m."));
    }

    @Test
    void hoursOfDurationAreNoTimeOfDay() {
        assertThat(japaneseToEnglish("所要時間は約2時間です。", "It takes about two hours.")).isEmpty();
    }
}
