package org.kakehashi.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Japan's national holidays of 2020 to 2099 by the rules of 国民の祝日に関する法律: fixed days, the "Happy
 * Monday" days, the equinox days by the standard approximation (valid to 2099), the substitute holiday (振替休日)
 * and the citizens' holiday (国民の休日). Days moved by special laws come from the versioned data file
 * {@code calendar/japan-holiday-moves.properties}. Jollyday is not used: its Japan data is wrong.
 */
public final class JapaneseHolidays {

    public static final int FIRST_YEAR = 2020;
    public static final int LAST_YEAR = 2099;

    /** Whether the date lies after the last year whose holidays are known, so that no deadline can reach it. */
    public static boolean beyond(LocalDate date) {
        return date.getYear() > LAST_YEAR;
    }
    private static final String MOVES = "/calendar/japan-holiday-moves.properties";

    private final Map<LocalDate, LocalDate> moves;
    private final Map<Integer, Map<LocalDate, Holiday>> byYear = new ConcurrentHashMap<>();

    private JapaneseHolidays(Map<LocalDate, LocalDate> moves) {
        this.moves = Map.copyOf(moves);
    }

    /** The holidays by law, with the moves of the data file shipped with Kakehashi. */
    public static JapaneseHolidays byLaw() {
        Properties file = new Properties();
        try (InputStream in = JapaneseHolidays.class.getResourceAsStream(MOVES)) {
            file.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<LocalDate, LocalDate> moves = new HashMap<>();
        file.forEach((from, to) -> moves.put(LocalDate.parse((String) from), LocalDate.parse((String) to)));
        return new JapaneseHolidays(moves);
    }

    public List<Holiday> holidaysOf(int year) {
        return List.copyOf(of(year).values());
    }

    public Optional<Holiday> holiday(LocalDate date) {
        return Optional.ofNullable(of(date.getYear()).get(date));
    }

    private Map<LocalDate, Holiday> of(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException(
                    "Japanese holidays are known for " + FIRST_YEAR + " to " + LAST_YEAR + ", not " + year);
        }
        return byYear.computeIfAbsent(year, this::compute);
    }

    private Map<LocalDate, Holiday> compute(int year) {
        TreeMap<LocalDate, Holiday> days = new TreeMap<>();
        fixed(days, year, 1, 1, "元日", "New Year's Day");
        monday(days, year, 1, 2, "成人の日", "Coming of Age Day");
        fixed(days, year, 2, 11, "建国記念の日", "National Foundation Day");
        fixed(days, year, 2, 23, "天皇誕生日", "The Emperor's Birthday");
        add(days, LocalDate.of(year, 3, vernalEquinoxDay(year)), "春分の日", "Vernal Equinox Day");
        fixed(days, year, 4, 29, "昭和の日", "Showa Day");
        fixed(days, year, 5, 3, "憲法記念日", "Constitution Memorial Day");
        fixed(days, year, 5, 4, "みどりの日", "Greenery Day");
        fixed(days, year, 5, 5, "こどもの日", "Children's Day");
        monday(days, year, 7, 3, "海の日", "Marine Day");
        fixed(days, year, 8, 11, "山の日", "Mountain Day");
        monday(days, year, 9, 3, "敬老の日", "Respect for the Aged Day");
        add(days, LocalDate.of(year, 9, autumnalEquinoxDay(year)), "秋分の日", "Autumnal Equinox Day");
        monday(days, year, 10, 2, "スポーツの日", "Sports Day");
        fixed(days, year, 11, 3, "文化の日", "Culture Day");
        fixed(days, year, 11, 23, "勤労感謝の日", "Labour Thanksgiving Day");
        addCitizensHolidays(days);
        addSubstituteHolidays(days);
        return days;
    }

    private void fixed(Map<LocalDate, Holiday> days, int year, int month, int day, String ja, String en) {
        add(days, MonthDay.of(month, day).atYear(year), ja, en);
    }

    private void monday(Map<LocalDate, Holiday> days, int year, int month, int nth, String ja, String en) {
        add(days, LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(nth, DayOfWeek.MONDAY)),
                ja, en);
    }

    private void add(Map<LocalDate, Holiday> days, LocalDate byRule, String ja, String en) {
        LocalDate date = moves.getOrDefault(byRule, byRule);
        days.put(date, new Holiday(date, ja, en));
    }

    /** A day that is no holiday itself but lies between two holidays becomes one (国民の休日, art. 3(3)). */
    private static void addCitizensHolidays(TreeMap<LocalDate, Holiday> days) {
        for (LocalDate holiday : List.copyOf(days.keySet())) {
            LocalDate between = holiday.plusDays(1);
            if (!days.containsKey(between) && days.containsKey(between.plusDays(1))) {
                days.put(between, new Holiday(between, "国民の休日", "Citizens' Holiday"));
            }
        }
    }

    /** A holiday on a Sunday moves its rest to the next day that is not a holiday (振替休日, art. 3(2)). */
    private static void addSubstituteHolidays(TreeMap<LocalDate, Holiday> days) {
        for (LocalDate holiday : List.copyOf(days.keySet())) {
            if (holiday.getDayOfWeek() == DayOfWeek.SUNDAY) {
                LocalDate substitute = holiday.plusDays(1);
                while (days.containsKey(substitute)) {
                    substitute = substitute.plusDays(1);
                }
                days.put(substitute, new Holiday(substitute, "振替休日", "Substitute Holiday"));
            }
        }
    }

    /** The approximation the National Astronomical Observatory's dates follow for 1980–2099. */
    static int vernalEquinoxDay(int year) {
        return (int) Math.floor(20.8431 + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4.0));
    }

    static int autumnalEquinoxDay(int year) {
        return (int) Math.floor(23.2488 + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4.0));
    }
}
