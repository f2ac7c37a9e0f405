package org.kakehashi.language;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import org.kakehashi.calendar.FiscalYear;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;

/**
 * Dates and fiscal years written for Japanese and English readers, eras from ICU's Japanese calendar; dates also
 * for the citizens' other languages.
 */
public final class JapaneseDates {

    private static final ULocale JAPANESE_ERAS = new ULocale("ja_JP@calendar=japanese");
    /** Era years in Japanese numbering, which writes the first year of an era as 元. */
    private static final String FIRST_YEAR_AS_GAN = "y=jpanyear";

    private JapaneseDates() {
    }

    /** 令和8年4月1日; 令和元年5月1日. */
    public static String japanese(LocalDate date) {
        return format("Gy年M月d日", FIRST_YEAR_AS_GAN, JAPANESE_ERAS, date);
    }

    /** The JIS X 0301 short form: R08.04.01, with the era's initial and a two-digit year (R01, never 元). */
    public static String jisX0301(LocalDate date) {
        return format("GGGGGyy.MM.dd", null, JAPANESE_ERAS, date);
    }

    /** 1 April 2026. */
    public static String english(LocalDate date) {
        return format("d MMMM y", null, ULocale.ENGLISH, date);
    }

    /**
     * A date as a reader of the language writes it: Japanese with the era, English as {@link #english}, easy
     * Japanese ({@code ja-x-easy}) with the Western year, which foreign residents know (2026年4月1日), and the other
     * languages in ICU's long form for their locale (1 tháng 4, 2026; 2026年4月1日; 1 de abril de 2026).
     */
    public static String forReader(LocalDate date, Locale reader) {
        boolean easy = "easy".equals(reader.getExtension(Locale.PRIVATE_USE_EXTENSION));
        if (reader.getLanguage().equals("ja")) {
            return easy ? format("y年M月d日", null, ULocale.JAPANESE, date) : japanese(date);
        }
        if (reader.getLanguage().equals("en")) {
            return english(date);
        }
        DateFormat longDate = DateFormat.getInstanceForSkeleton("yMMMMd", ULocale.forLocale(reader));
        longDate.setTimeZone(TimeZone.GMT_ZONE);
        return longDate.format(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    /**
     * 令和8年度. A fiscal year is named by its first calendar year as that year was known at its end: FY2019 began
     * in 平成31年 but 2019 ended as 令和元年, so it is 令和元年度, the name in use once Reiwa began (budgets
     * adopted before May 2019 still say 平成31年度). The same rule gives 昭和63年度 for FY1988, although Heisei
     * began in January 1989, and 平成元年度 for FY1989.
     */
    public static String japaneseFiscalYear(FiscalYear fiscalYear) {
        return format("Gy年度", FIRST_YEAR_AS_GAN, JAPANESE_ERAS, LocalDate.of(fiscalYear.startYear(), 12, 31));
    }

    /** FY2026. */
    public static String englishFiscalYear(FiscalYear fiscalYear) {
        return "FY" + fiscalYear.startYear();
    }

    private static String format(String pattern, String numbering, ULocale locale, LocalDate date) {
        SimpleDateFormat format = new SimpleDateFormat(pattern, numbering, locale);
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }
}
