package org.kakehashi.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.kakehashi.platform.audit.AdministrativeChange.Subject;
import org.kakehashi.platform.audit.ChangeLog;

import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The city's own closed days, kept in the database and managed by an administrator, and the city calendar they
 * make together with the law's holidays. The calendar is rebuilt after a change commits here, and at the latest
 * {@link #FRESHNESS} after it was last read from the database, so that a change made on another node of a cluster
 * is in force on this one within a minute.
 */
@ApplicationScoped
@Transactional
public class CityClosedDays {

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;
    @Inject
    Event<ClosedDaysChanged> changed;
    @Inject
    ChangeLog changes;

    static final Duration FRESHNESS = Duration.ofSeconds(30);

    private record Read(CityCalendar calendar, long atNanos) {
    }

    private volatile Read last;

    /** The calendar as of the last change; every deadline and timer counts on it. */
    public CityCalendar calendar() {
        Read current = last;
        if (current == null || System.nanoTime() - current.atNanos() > FRESHNESS.toNanos()) {
            current = rebuild();
        }
        return current.calendar();
    }

    public List<ClosedDay> between(LocalDate from, LocalDate to) {
        return em.createQuery("select d from ClosedDay d where d.date between :from and :to order by d.date",
                        ClosedDay.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /**
     * Why the office is closed on the closed days from {@code first} to {@code last}, weekends aside: national
     * holidays, the year-end days and the city's own closed days, by date.
     */
    public List<Closure> closures(LocalDate first, LocalDate last) {
        JapaneseHolidays holidays = JapaneseHolidays.byLaw();
        List<Closure> closures = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            Optional<Holiday> holiday = holidays.holiday(day);
            if (holiday.isPresent()) {
                closures.add(new Closure(day, Closure.Kind.NATIONAL_HOLIDAY, holiday.get().nameJa(),
                        holiday.get().nameEn()));
            } else if (isYearEnd(MonthDay.from(day))) {
                closures.add(new Closure(day, Closure.Kind.YEAR_END, "年末年始休業", "Year-end closing"));
            }
        }
        between(first, last).forEach(c -> closures.add(new Closure(c.date(), Closure.Kind.CITY, c.reason(),
                c.reason())));
        closures.sort(Comparator.comparing(Closure::date));
        return closures;
    }

    private static boolean isYearEnd(MonthDay day) {
        return !day.isBefore(CityCalendar.YEAR_END_FIRST) || !day.isAfter(CityCalendar.YEAR_END_LAST);
    }

    public Optional<ClosedDay> find(LocalDate date) {
        return Optional.ofNullable(em.find(ClosedDay.class, date));
    }

    public void add(ClosedDay day, String actor) {
        if (em.find(ClosedDay.class, day.date()) == null) {
            em.persist(day);
            changes.record(actor, Subject.CLOSED_DAY, day.date().toString(), null, state(day));
            changed.fire(new ClosedDaysChanged());
        }
    }

    public void remove(LocalDate date, String actor) {
        find(date).ifPresent(day -> {
            em.remove(day);
            changes.record(actor, Subject.CLOSED_DAY, date.toString(), state(day), null);
            changed.fire(new ClosedDaysChanged());
        });
    }

    private static Map<String, String> state(ClosedDay day) {
        return Map.of("date", day.date().toString(), "reason", day.reason());
    }

    /** The list changed and the change committed: the next use rebuilds the calendar. */
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) ClosedDaysChanged change) {
        last = null;
    }

    record ClosedDaysChanged() {
    }

    private Read rebuild() {
        Set<LocalDate> closed = em.createQuery("select d.date from ClosedDay d", LocalDate.class).getResultStream()
                .collect(Collectors.toSet());
        Read read = new Read(CityCalendar.standard().withClosedDays(closed), System.nanoTime());
        last = read;
        return read;
    }
}
