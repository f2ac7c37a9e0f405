package org.kakehashi.calendar;

import java.time.LocalDate;
import java.time.Month;

/**
 * A municipal fiscal year (年度): 1 April to 31 March, named by the calendar year it starts in
 * (Local Autonomy Act art. 208). 2026-04-01 … 2027-03-31 is fiscal year 2026 (令和8年度).
 */
public record FiscalYear(int startYear) {

    public FiscalYear {
        if (startYear < 1900 || startYear > 9999) {
            throw new IllegalArgumentException("fiscal year out of range: " + startYear);
        }
    }

    public static FiscalYear of(LocalDate date) {
        return new FiscalYear(date.getMonth().compareTo(Month.APRIL) >= 0 ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }
}
