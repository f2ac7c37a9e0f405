package org.kakehashi.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A country's public holidays by rule, for any year: the days a partner's office there is closed, besides the
 * weekend.
 * <ul>
 *   <li>Most countries: jollyday's data ({@code de.focus-shift:jollyday-core}), its public holidays only (not its
 *   bank holidays or observances), national and, where given, of one subdivision (ISO 3166-2, e.g. {@code NZ-HKB},
 *   Hawke's Bay, whose anniversary day is the Friday before Labour Day). A holiday jollyday "Mondayises" onto
 *   another holiday moves on to the next weekday that is free, as the substitution laws have it (New Zealand's
 *   Holidays Act 2003 s 45: Christmas on a Sunday is kept on Tuesday 27 December, Boxing Day being Monday 26);
 *   jollyday 2.19.0 puts both on the Monday.</li>
 *   <li>Japan: {@link JapaneseHolidays}, since jollyday's Japanese data is wrong.</li>
 *   <li>China: jollyday 2.19.0 has no Chinese calendar at all (focus-shift/jollyday issue #1166, open, waits for
 *   Chinese-calendar support). China's holidays are set each year by the State Council's notice
 *   (国务院办公厅关于…部分节假日安排的通知), which also moves work onto weekends (调休): no rule can foresee
 *   them, so they are announced days ({@link PartnerCalendar}, {@code calendar/partner-calendars.properties}).
 *   By rule only the fixed-date days of 全国年节及纪念日放假办法 (as revised from 2025) are known here — 1 January,
 *   1–2 May, 1–3 October — with the workday in lieu its article 6 gives a holiday on a Saturday or Sunday. The
 *   lunar days (除夕 and 春节, 清明, 端午, 中秋) are not computed: ICU 78.1's Chinese calendar puts 正月初一 of
 *   2027 on 7 February, where the published tables say 6 February (the new moon falls minutes before midnight,
 *   Beijing time).</li>
 *   <li>Any other country jollyday does not know: no holidays, only weekends ({@link Coverage#NONE}).</li>
 * </ul>
 */
public final class CountryHolidays {

    /** How much of the country's public holidays the rules give. */
    public enum Coverage {
        /** All of them, by jollyday's or Kakehashi's own rules. */
        RULES,
        /** Only some (China's fixed-date days): the rest must be announced, year by year. */
        PARTIAL,
        /** None: only weekends close the office, unless days are announced. */
        NONE
    }

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Map<String, CountryHolidays> KNOWN = new ConcurrentHashMap<>();

    private final String country;
    private final Optional<String> subdivision;
    private final Coverage coverage;
    private final YearRule rule;
    private final Map<Integer, NavigableSet<LocalDate>> byYear = new ConcurrentHashMap<>();

    private CountryHolidays(String country, Optional<String> subdivision, Coverage coverage, YearRule rule) {
        this.country = country;
        this.subdivision = subdivision;
        this.coverage = coverage;
        this.rule = rule;
    }

    /** @param country ISO 3166-1 alpha-2, {@code NZ}; empty or null for an office of no known country */
    public static CountryHolidays of(String country) {
        return of(country, null);
    }

    /**
     * @param country     ISO 3166-1 alpha-2, {@code NZ}; empty or null for an office of no known country
     * @param subdivision ISO 3166-2 of a region whose own holidays count too, {@code NZ-HKB}; or null
     * @throws IllegalArgumentException for a malformed code, or a subdivision the country's rules do not know
     */
    public static CountryHolidays of(String country, String subdivision) {
        String code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        String region = subdivision == null || subdivision.isBlank() ? "" : subdivision.strip().toUpperCase(Locale.ROOT);
        return KNOWN.computeIfAbsent(code + "/" + region, key -> create(code, region));
    }

    private static CountryHolidays create(String country, String subdivision) {
        if (!country.isEmpty() && !COUNTRY.matcher(country).matches()) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 country code: " + country);
        }
        if (!subdivision.isEmpty() && !subdivision.startsWith(country + "-")) {
            throw new IllegalArgumentException("not a subdivision of " + country + ": " + subdivision);
        }
        Optional<String> region = subdivision.isEmpty() ? Optional.empty() : Optional.of(subdivision);
        if (country.equals("JP")) {
            JapaneseHolidays japan = JapaneseHolidays.byLaw();
            return withoutSubdivision(country, region, Coverage.RULES, year -> japanese(japan, year));
        }
        if (country.equals("CN")) {
            return withoutSubdivision(country, region, Coverage.PARTIAL, ChinaStatutoryHolidays::fixedDays);
        }
        if (inOwnClassLoader(HolidayManager::getSupportedCalendarCodes).contains(country)) {
            HolidayManager manager = inOwnClassLoader(
                    () -> HolidayManager.getInstance(ManagerParameters.create(country.toLowerCase(Locale.ROOT))));
            String[] path = region.map(r -> jollydayRegion(manager, r)).stream().toArray(String[]::new);
            return new CountryHolidays(country, region, Coverage.RULES, year -> jollyday(manager, year, path));
        }
        return withoutSubdivision(country, region, Coverage.NONE, year -> Collections.emptyNavigableSet());
    }

    private static CountryHolidays withoutSubdivision(String country, Optional<String> subdivision,
                                                      Coverage coverage, YearRule rule) {
        if (subdivision.isPresent()) {
            throw new IllegalArgumentException("no regional holidays are known for " + country + ": "
                    + subdivision.get());
        }
        return new CountryHolidays(country, subdivision, coverage, rule);
    }

    /** Jollyday names a subdivision by the part of its ISO 3166-2 code after the country: {@code hkb}. */
    private static String jollydayRegion(HolidayManager manager, String subdivision) {
        String region = subdivision.substring(subdivision.indexOf('-') + 1).toLowerCase(Locale.ROOT);
        if (!manager.getCalendarHierarchy().getChildren().containsKey(region)) {
            throw new IllegalArgumentException("jollyday knows no holidays of the subdivision " + subdivision);
        }
        return region;
    }

    private static NavigableSet<LocalDate> jollyday(HolidayManager manager, int year, String[] path) {
        List<Holiday> holidays = inOwnClassLoader(
                () -> List.copyOf(manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, path)));
        NavigableSet<LocalDate> days = new TreeSet<>();
        // the days a holiday falls on by itself first; then those moved, each onward past a day already taken
        holidays.stream().filter(h -> h.getDate().equals(h.getActualDate())).forEach(h -> days.add(h.getDate()));
        holidays.stream().filter(h -> !h.getDate().equals(h.getActualDate())).sorted()
                .forEach(h -> days.add(nextFreeWeekday(h.getDate(), days)));
        return days;
    }

    private static LocalDate nextFreeWeekday(LocalDate day, NavigableSet<LocalDate> taken) {
        if (!taken.contains(day)) {
            return day;
        }
        LocalDate free = day.plusDays(1);
        while (taken.contains(free) || isWeekend(free)) {
            free = free.plusDays(1);
        }
        return free;
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static NavigableSet<LocalDate> japanese(JapaneseHolidays japan, int year) {
        if (year < JapaneseHolidays.FIRST_YEAR || year > JapaneseHolidays.LAST_YEAR) {
            return Collections.emptyNavigableSet();
        }
        NavigableSet<LocalDate> days = new TreeSet<>();
        japan.holidaysOf(year).forEach(h -> days.add(h.date()));
        return days;
    }

    /**
     * Jollyday finds its XML reader with the thread's context class loader: a thread of the server's or the process
     * engine's may not have Kakehashi's, so the one that loaded this class is lent for the call.
     */
    private static <T> T inOwnClassLoader(Supplier<T> call) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(CountryHolidays.class.getClassLoader());
        try {
            return call.get();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    /** ISO 3166-1 alpha-2, or empty for an office of no known country. */
    public String country() {
        return country;
    }

    /** ISO 3166-2, when the region's own holidays count too. */
    public Optional<String> subdivision() {
        return subdivision;
    }

    public Coverage coverage() {
        return coverage;
    }

    public boolean isHoliday(LocalDate day) {
        return in(day.getYear()).contains(day);
    }

    /** The year's public holidays, on the days they are kept (after Mondayisation, say), in order. */
    public NavigableSet<LocalDate> in(int year) {
        return byYear.computeIfAbsent(year, y -> Collections.unmodifiableNavigableSet(rule.holidays(y)));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CountryHolidays other && country.equals(other.country)
                && subdivision.equals(other.subdivision);
    }

    @Override
    public int hashCode() {
        return Objects.hash(country, subdivision);
    }

    @Override
    public String toString() {
        return subdivision.orElse(country.isEmpty() ? "(no country)" : country) + " holidays (" + coverage + ")";
    }

    @FunctionalInterface
    private interface YearRule {
        NavigableSet<LocalDate> holidays(int year);
    }
}
