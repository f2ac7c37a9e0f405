package org.kakehashi.interpreting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.problem.DomainProblem;
import org.kakehashi.request.BookingChange;
import org.kakehashi.request.Request;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestStatus;
import org.kakehashi.request.RequestSubmission;
import org.kakehashi.request.RequestWork;
import org.kakehashi.request.api.SubmitRequestForm;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A repeating meeting as a series of interpretation requests: made all together, then booked, changed or cancelled
 * all at once — each meeting in its own transaction, its outcome told — or one by one as any request.
 */
@ApplicationScoped
public class BookingSeriesWork {

    /** What became of one meeting of the series: done, or the refusal. */
    public record MeetingOutcome(RequestNumber meeting, DomainProblem refusal) {

        public boolean done() {
            return refusal == null;
        }
    }

    /** The new hours and place of every meeting still to come, each on its own day. */
    public record SeriesChange(String interpreter, LocalTime start, LocalTime end, String place) {
    }

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;
    @Inject
    RequestSubmission submission;
    @Inject
    RequestWork work;
    @Inject
    SeriesMeetings meetings;
    @Inject
    Clock clock;

    /** Every meeting or none: one refused (a day the city is closed) makes no series. */
    @Transactional
    public BookingSeries submit(Caller requester, SubmitRequestForm form, Recurrence recurrence) {
        if (form.event() == null) {
            throw InterpretingProblem.seriesWithoutEvent();
        }
        List<RequestNumber> numbers = new ArrayList<>();
        for (LocalDate day : recurrence.days(form.event().start().toLocalDate())) {
            numbers.add(submission.submit(requester, form.onDay(day).toNewRequest(clock.getZone())).number());
        }
        BookingSeries series = new BookingSeries(recurrence.frequency(), numbers, requester.username(),
                clock.instant());
        em.persist(series);
        return series;
    }

    /** The series, when the caller may see its requests; otherwise, to them, it does not exist. */
    @Transactional
    public BookingSeries view(UUID id, Caller caller) {
        BookingSeries series = Optional.ofNullable(em.find(BookingSeries.class, id))
                .orElseThrow(() -> InterpretingProblem.noSuchSeries(id));
        series.requests().forEach(meeting -> work.view(meeting, caller));
        return series;
    }

    @Transactional
    public Optional<BookingSeries> of(RequestNumber meeting, Caller caller) {
        work.view(meeting, caller);
        return em.createQuery("select s from BookingSeries s join s.requests r where r = :number",
                        BookingSeries.class)
                .setParameter("number", meeting.value())
                .getResultStream().findFirst();
    }

    /** Books the interpreter for every meeting waiting for one. */
    public List<MeetingOutcome> book(UUID id, Caller coordinator, String interpreter) {
        requireOffice(coordinator);
        return each(view(id, coordinator), request -> request.status() == RequestStatus.IN_PROGRESS,
                meeting -> meetings.book(meeting, coordinator, interpreter));
    }

    /** Moves every booked meeting still to come to the new hours, place or interpreter, each on its own day. */
    public List<MeetingOutcome> change(UUID id, Caller coordinator, SeriesChange change) {
        requireOffice(coordinator);
        return each(view(id, coordinator), request -> request.status() == RequestStatus.SCHEDULED
                        && request.event().start().isAfter(clock.instant()),
                meeting -> {
                    Request request = work.get(meeting);
                    ZoneId zone = request.event().zone();
                    LocalDate day = LocalDate.ofInstant(request.event().start(), zone);
                    LocalDate endDay = change.end().isAfter(change.start()) ? day : day.plusDays(1);
                    meetings.change(meeting, coordinator, new BookingChange(change.interpreter(),
                            day.atTime(change.start()).atZone(zone), endDay.atTime(change.end()).atZone(zone),
                            change.place()));
                });
    }

    /** The requester withdraws every meeting not yet held. */
    public List<MeetingOutcome> cancel(UUID id, Caller requester, String reason) {
        return each(view(id, requester), request -> !request.status().isClosed()
                        && request.status() != RequestStatus.HELD,
                meeting -> meetings.cancel(meeting, requester, reason));
    }

    private List<MeetingOutcome> each(BookingSeries series, Predicate<Request> concerned,
                                      Consumer<RequestNumber> step) {
        List<MeetingOutcome> outcomes = new ArrayList<>();
        for (RequestNumber meeting : series.requests()) {
            if (!concerned.test(work.get(meeting))) {
                continue;
            }
            try {
                step.accept(meeting);
                outcomes.add(new MeetingOutcome(meeting, null));
            } catch (DomainProblem refused) {
                outcomes.add(new MeetingOutcome(meeting, refused));
            }
        }
        return outcomes;
    }

    private static void requireOffice(Caller caller) {
        if (!caller.isOffice()) {
            throw InterpretingProblem.officeOnly();
        }
    }
}
