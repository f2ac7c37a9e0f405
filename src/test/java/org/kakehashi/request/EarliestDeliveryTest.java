package org.kakehashi.request;

import org.junit.jupiter.api.Test;
import org.kakehashi.calendar.CityCalendar;
import org.kakehashi.calendar.FiscalYear;
import org.kakehashi.directory.Person;
import org.kakehashi.language.CountingReceipt;
import org.kakehashi.language.LanguagePair;
import org.kakehashi.platform.identity.Role;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EarliestDeliveryTest {

    private final CityCalendar calendar = CityCalendar.standard();

    @Test
    void aShortTextIsDueAfterTheLeadTimeCountedPastGoldenWeek() {
        // Friday 24 April 2026; closed: 29 April (Shōwa Day), 4–6 May (6 May substitutes Constitution Day, a Sunday)
        var estimate = EarliestDelivery.estimate(calendar, LocalDate.of(2026, 4, 24), RequestType.TRANSLATION,
                2.0, 10, 4);

        assertThat(estimate.earliest()).isEqualTo(LocalDate.of(2026, 5, 14));
        assertThat(estimate.businessDays()).isEqualTo(10);
    }

    @Test
    void aLongTextTakesItsWorkDaysPlusReviewAndDelivery() {
        // 50 hours at 4 a day = 13 days, + 2 = 15 business days from Monday 7 September 2026, past the Silver
        // Week holidays (21 Respect for the Aged Day, 22 the citizens' holiday between two holidays, 23 Autumn
        // Equinox)
        var estimate = EarliestDelivery.estimate(calendar, LocalDate.of(2026, 9, 7), RequestType.TRANSLATION,
                50.0, 10, 4);

        assertThat(estimate.workDays()).isEqualTo(15);
        assertThat(estimate.earliest()).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void anInterpretationNeedsOnlyItsLeadTime() {
        var estimate = EarliestDelivery.estimate(calendar, LocalDate.of(2026, 12, 25), RequestType.INTERPRETATION,
                30.0, 7, 4);

        // 28 December, then the year-end closing (29 December – 3 January) and Coming of Age Day (11 January 2027)
        // count no days: 4–8 January and 12 January make the other six
        assertThat(estimate.earliest()).isEqualTo(LocalDate.of(2027, 1, 12));
    }

    private static final LanguagePair JA_EN = LanguagePair.parse("ja>en");
    private static final LanguagePair EN_JA = LanguagePair.parse("en>ja");
    /** 10 pages of 400 characters, or 2,000 words, a translator a day. */
    private static final TranslationQueue.Capacity TEN_PAGES = new TranslationQueue.Capacity(10, 2000);

    private static TranslationQueue.OpenJob job(int number, String pair, long volume) {
        return new TranslationQueue.OpenJob(RequestNumber.of(new FiscalYear(2026), number), LanguagePair.parse(pair),
                volume);
    }

    @Test
    void aShortQueueIsReportedButTheLeadTimeStillDecides() {
        // 3 open ja→en jobs of 4,000 characters = 12,000 characters ahead; two translators at 10 pages (4,000
        // characters) a day = 8,000 a day, so the work ahead fills 1.5 days; with the new 2,000 characters,
        // 14,000 / 8,000 = 1.75 → 2 days + review + delivery = 4 days, less than the 10 days' lead time.
        // From Monday 16 November 2026, 10 open days past Labour Thanksgiving Day (Monday 23 November):
        // 17, 18, 19, 20, 24, 25, 26, 27, 30 November, 1 December.
        var queue = TranslationQueue.of(JA_EN, 2_000,
                List.of(job(1, "ja>en", 4_000), job(2, "ja>en", 4_000), job(3, "ja>en", 4_000)), 2, TEN_PAGES);

        var estimate = EarliestDelivery.estimate(calendar, LocalDate.of(2026, 11, 16), RequestType.TRANSLATION,
                1.0, 10, 4, List.of(queue));

        assertThat(queue.requestsAhead()).isEqualTo(3);
        assertThat(queue.volumeAhead()).isEqualTo(12_000);
        assertThat(queue.unit()).isEqualTo(CountingReceipt.Unit.CHARACTERS);
        assertThat(queue.capacityPerDay()).isEqualTo(8_000);
        assertThat(queue.daysAhead()).isEqualTo(1.5);
        assertThat(queue.workDays()).isEqualTo(4);
        assertThat(estimate.businessDays()).isEqualTo(10);
        assertThat(estimate.earliest()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void aLongQueueInThePairPushesTheDateBeyondTheLeadTimeCountingOnlyOpenDays() {
        // 3 open ja→en jobs of 24,000 characters (60 pages each) = 72,000 ahead, 9.0 days at 8,000 a day (two
        // translators at 10 pages); with the new 4,000: 76,000 / 8,000 = 9.5 → 10 days + review + delivery = 12.
        // From Monday 16 November 2026, skipping the weekends and Labour Thanksgiving Day (23 November):
        // 17, 18, 19, 20, 24, 25, 26, 27, 30 November, 1, 2, 3 December.
        var queue = TranslationQueue.of(JA_EN, 4_000,
                List.of(job(1, "ja>en", 24_000), job(2, "ja>en", 24_000), job(3, "ja>en", 24_000)), 2, TEN_PAGES);

        var estimate = EarliestDelivery.estimate(calendar, LocalDate.of(2026, 11, 16), RequestType.TRANSLATION,
                2.0, 10, 4, List.of(queue));

        assertThat(queue.daysAhead()).isEqualTo(9.0);
        assertThat(estimate.workDays()).isEqualTo(12);
        assertThat(estimate.earliest()).isEqualTo(LocalDate.of(2026, 12, 3));
    }

    @Test
    void aLatinSourceIsQueuedInWordsAcrossTheYearEndClosing() {
        // 3 open en→ja jobs of 6,000 words and the new 2,000 = 20,000 words; one translator at 2,000 words a day
        // = 10 days + review + delivery = 12. From Friday 18 December 2026: 21–25 and 28 December (6), the city
        // is closed 29 December – 3 January, 4–8 January 2027 (11), Coming of Age Day on Monday 11 January, so
        // the twelfth open day is Tuesday 12 January 2027.
        var queue = TranslationQueue.of(EN_JA, 2_000,
                List.of(job(1, "en>ja", 6_000), job(2, "en>ja", 6_000), job(3, "en>ja", 6_000)), 1, TEN_PAGES);

        var estimate = EarliestDelivery.estimate(calendar, LocalDate.of(2026, 12, 18), RequestType.TRANSLATION,
                5.0, 10, 4, List.of(queue));

        assertThat(queue.unit()).isEqualTo(CountingReceipt.Unit.WORDS);
        assertThat(queue.capacityPerDay()).isEqualTo(2_000);
        assertThat(estimate.workDays()).isEqualTo(12);
        assertThat(estimate.earliest()).isEqualTo(LocalDate.of(2027, 1, 12));
    }

    @Test
    void onlyWorkInTheSamePairIsAheadWithARegionalTargetCountingAsItsLanguage() {
        // ahead of ja→en: the ja→en and ja→en-NZ jobs (two requests, one with both); not ja→zh-Hans or en→ja
        var queue = TranslationQueue.of(JA_EN, 0, List.of(job(1, "ja>en", 1_000), job(1, "ja>en-NZ", 1_000),
                job(2, "ja>en", 500), job(3, "ja>zh-Hans", 9_000), job(4, "en>ja", 9_000)), 1, TEN_PAGES);

        assertThat(queue.requestsAhead()).isEqualTo(2);
        assertThat(queue.volumeAhead()).isEqualTo(2_500);
    }

    @Test
    void theTranslatorsOfAPairAreTheActiveInHouseLinguistsWhoCoverIt() {
        Set<LanguagePair> jaEn = Set.of(JA_EN);
        Person emily = new Person("emily", "Emily", null, null, Set.of(Role.COORDINATOR), jaEn);
        Person wang = new Person("wang", "Wang", null, null, Set.of(Role.COORDINATOR), Set.of(LanguagePair.parse("ja>zh-Hans")));
        Person napier = new Person("napier-contact", "Napier", null, "napier", Set.of(Role.COORDINATOR), jaEn);
        Person reviewer = new Person("sato", "Sato", null, null, Set.of(Role.REVIEWER), jaEn);
        Person gone = new Person("left", "Left", null, null, Set.of(Role.COORDINATOR), jaEn);
        gone.deactivate(java.time.Instant.parse("2026-04-01T00:00:00Z"));

        assertThat(EarliestDelivery.inHouseTranslators(LanguagePair.parse("ja>en-NZ"),
                List.of(emily, wang, napier, reviewer, gone))).isEqualTo(1);
    }

    @Test
    void aPairNobodyInTheOfficeTranslatesFallsBackOnTheHoursAndStillTellsTheQueue() {
        // nobody covers ja→pt: 50 hours at 4 a day = 13 days + 2 = 15, from Monday 7 September 2026 past Silver
        // Week (21–23 September) to Thursday 1 October, as for a text without a pair
        var queue = TranslationQueue.of(LanguagePair.parse("ja>pt"), 100_000, List.of(job(1, "ja>pt", 4_000)), 0,
                TEN_PAGES);

        var estimate = EarliestDelivery.estimate(calendar, LocalDate.of(2026, 9, 7), RequestType.TRANSLATION,
                50.0, 10, 4, List.of(queue));

        assertThat(queue.requestsAhead()).isEqualTo(1);
        assertThat(queue.capacityPerDay()).isNull();
        assertThat(queue.workDays()).isNull();
        assertThat(estimate.workDays()).isEqualTo(15);
        assertThat(estimate.earliest()).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void withSeveralTargetsTheLongestQueueDecides() {
        // ja→en: nothing ahead, 4,000 / 8,000 → 1 + 2 = 3 days; ja→zh-Hans: 40,000 + 4,000 at one translator's
        // 4,000 a day = 11 + 2 = 13 days. From Monday 16 November 2026 (23 November closed): 13th open day is
        // Friday 4 December.
        var open = List.of(job(1, "ja>zh-Hans", 40_000));
        var english = TranslationQueue.of(JA_EN, 4_000, open, 2, TEN_PAGES);
        var chinese = TranslationQueue.of(LanguagePair.parse("ja>zh-Hans"), 4_000, open, 1, TEN_PAGES);

        var estimate = EarliestDelivery.estimate(calendar, LocalDate.of(2026, 11, 16), RequestType.TRANSLATION,
                2.0, 10, 4, List.of(english, chinese));

        assertThat(english.workDays()).isEqualTo(3);
        assertThat(chinese.workDays()).isEqualTo(13);
        assertThat(estimate.earliest()).isEqualTo(LocalDate.of(2026, 12, 4));
    }
}
