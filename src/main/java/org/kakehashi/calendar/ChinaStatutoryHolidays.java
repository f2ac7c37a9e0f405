package org.kakehashi.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * The holidays of 全国年节及纪念日放假办法 (as revised by State Council decree No. 795, in force from 2025) that fall
 * on fixed Gregorian dates: 元旦 1 January, 劳动节 1–2 May, 国庆节 1–3 October. Article 6: a holiday for all
 * citizens that falls on a Saturday or Sunday is made up on a workday — here the next weekday that is no holiday.
 * <p>
 * Not here: the lunar-calendar holidays (除夕 and 春节 1–3, 端午, 中秋), 清明 (a solar term), and the State
 * Council's yearly arrangement that joins holidays into longer breaks with weekend workdays (调休). Those are
 * announced days of {@link PartnerCalendar}.
 */
final class ChinaStatutoryHolidays {

    private static final List<MonthDay> FIXED = List.of(
            MonthDay.of(1, 1),
            MonthDay.of(5, 1), MonthDay.of(5, 2),
            MonthDay.of(10, 1), MonthDay.of(10, 2), MonthDay.of(10, 3));

    private ChinaStatutoryHolidays() {
    }

    static NavigableSet<LocalDate> fixedDays(int year) {
        NavigableSet<LocalDate> days = new TreeSet<>();
        FIXED.forEach(day -> days.add(day.atYear(year)));
        for (LocalDate holiday : List.copyOf(days)) {
            if (CountryHolidays.isWeekend(holiday)) {
                LocalDate inLieu = holiday.plusDays(1);
                while (days.contains(inLieu) || CountryHolidays.isWeekend(inLieu)) {
                    inLieu = inLieu.plusDays(1);
                }
                days.add(inLieu);
            }
        }
        return days;
    }
}
