package org.kakehashi.calendar;

import org.kakehashi.directory.OfficeHours;
import org.kakehashi.directory.Partner;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * When mail to a sister-city partner may go out: within its office hours on its working days, in its own time zone,
 * so that a delivery or a receipt reminder reaches Napier or Qinhuangdao during the working day there and not
 * overnight or on a public holiday.
 * <p>
 * A working day is Monday to Friday, less the public holidays of the partner's country (and subdivision) by rule —
 * {@link CountryHolidays}, every year — and less the days announced closed in its calendar file; a weekend day
 * announced as worked (China's 调休) is a working day. The office hours are the partner's from the directory, else
 * {@link #DEFAULT_HOURS}; an office is open from its opening time up to, not including, its closing time.
 */
public final class PartnerOfficeHours {

    /** Monday to Friday, 09:00 to 17:00 local time, for a partner whose hours the directory does not give. */
    public static final OfficeHours DEFAULT_HOURS = new OfficeHours(LocalTime.of(9, 0), LocalTime.of(17, 0));

    /** Far enough for any run of holidays; a calendar closed for longer is a mistake in its data. */
    private static final int LONGEST_CLOSURE_DAYS = 366;

    private final ZoneId zone;
    private final OfficeHours hours;
    private final CountryHolidays holidays;
    private final Set<LocalDate> announcedClosed;
    private final Set<LocalDate> announcedWorking;

    /**
     * @param announcedClosed  days closed besides the holidays by rule (China's yearly holiday arrangement, a
     *                         regional day jollyday lacks)
     * @param announcedWorking weekend days that are worked instead (China's 调休)
     */
    public PartnerOfficeHours(ZoneId zone, OfficeHours hours, CountryHolidays holidays,
                              Set<LocalDate> announcedClosed, Set<LocalDate> announcedWorking) {
        this.zone = zone;
        this.hours = hours;
        this.holidays = holidays;
        this.announcedClosed = Set.copyOf(announcedClosed);
        this.announcedWorking = Set.copyOf(announcedWorking);
    }

    /**
     * A partner's office hours: its time zone and hours from the directory; the holidays of its country — the
     * directory's, else the region of its delivery language ({@code en-NZ}, {@code zh-Hans-CN}) — and of the
     * subdivision given; the days its calendar announces.
     *
     * @param subdivision ISO 3166-2 of the partner's region, for regional holidays ({@code NZ-HKB} for Napier)
     */
    public static PartnerOfficeHours of(Partner partner, Optional<String> subdivision, PartnerCalendar announced) {
        return of(partner, subdivision, announced, DEFAULT_HOURS);
    }

    /** @param usualHours the hours of a partner whose own the directory does not give (the office's setting) */
    public static PartnerOfficeHours of(Partner partner, Optional<String> subdivision, PartnerCalendar announced,
                                        OfficeHours usualHours) {
        CountryHolidays holidays = CountryHolidays.of(countryOf(partner).orElse(""), subdivision.orElse(null));
        return new PartnerOfficeHours(partner.timeZone(), partner.officeHours().orElse(usualHours), holidays,
                announced.closed(), announced.working());
    }

    /** The directory's ISO 3166-1 code, else the region of the delivery language, if it names a country. */
    static Optional<String> countryOf(Partner partner) {
        return partner.country().filter(c -> !c.isBlank())
                .or(() -> Optional.of(partner.language().locale().getCountry()))
                .map(c -> c.strip().toUpperCase(Locale.ROOT))
                .filter(c -> c.matches("[A-Z]{2}"));
    }

    public boolean isWorkingDay(LocalDate day) {
        if (announcedWorking.contains(day)) {
            return true;
        }
        return !CountryHolidays.isWeekend(day) && !announcedClosed.contains(day) && !holidays.isHoliday(day);
    }

    /** Whether the office is open at that moment, its local time. */
    public boolean isOpen(Instant moment) {
        ZonedDateTime local = moment.atZone(zone);
        LocalTime time = local.toLocalTime();
        return isWorkingDay(local.toLocalDate()) && !time.isBefore(hours.opens()) && time.isBefore(hours.closes());
    }

    /**
     * The first moment from {@code ready} on at which mail may go out to the partner: {@code ready} itself while
     * the office is open, the same day's opening before it opens on a working day, else the opening of its next
     * working day — in the partner's time zone.
     *
     * @throws IllegalStateException when no working day comes within a year, a sign of a broken calendar
     */
    public ZonedDateTime sendingTime(Instant ready) {
        if (isOpen(ready)) {
            return ready.atZone(zone);
        }
        ZonedDateTime local = ready.atZone(zone);
        LocalDate day = local.toLocalDate();
        if (!isWorkingDay(day) || !local.toLocalTime().isBefore(hours.opens())) {
            day = nextWorkingDayAfter(day);
        }
        return opening(day);
    }

    /**
     * The partner's working day {@code days} after the day the moment falls on there, an hour after it opens
     * (10:00 in the usual hours), when a reminder finds someone at their desk.
     */
    public ZonedDateTime reminderAfter(Instant from, int days) {
        LocalDate day = LocalDate.ofInstant(from, zone);
        for (int counted = 0; counted < days; counted++) {
            day = nextWorkingDayAfter(day);
        }
        return opening(day).plusHours(1);
    }

    /** When the office opens on that day (a time that a clock change skips moves on by the change). */
    public ZonedDateTime opening(LocalDate day) {
        return ZonedDateTime.of(day, hours.opens(), zone);
    }

    public LocalDate nextWorkingDayAfter(LocalDate day) {
        LocalDate next = day.plusDays(1);
        for (int tried = 0; !isWorkingDay(next); tried++) {
            if (tried > LONGEST_CLOSURE_DAYS) {
                throw new IllegalStateException("no working day within a year after " + day + " (" + holidays + ")");
            }
            next = next.plusDays(1);
        }
        return next;
    }

    /**
     * Whether the year's public holidays are all known: by rule for most countries; for China only once its
     * holiday arrangement for the year is among the announced days (the rules know only its fixed-date days).
     */
    public boolean knowsHolidaysOf(int year) {
        return switch (holidays.coverage()) {
            case RULES -> true;
            case PARTIAL, NONE -> announcedClosed.stream().anyMatch(day -> day.getYear() == year);
        };
    }

    public ZoneId zone() {
        return zone;
    }

    public OfficeHours hours() {
        return hours;
    }

    public CountryHolidays holidays() {
        return holidays;
    }
}
