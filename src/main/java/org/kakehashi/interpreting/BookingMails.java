package org.kakehashi.interpreting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.kakehashi.directory.Directory;
import org.kakehashi.directory.Person;
import org.kakehashi.interpreting.BookingCalendarFile.Booking;
import org.kakehashi.interpreting.BookingCalendarFile.Method;
import org.kakehashi.interpreting.BookingCalendarFile.Party;
import org.kakehashi.interpreting.BookingCalendarFile.Wording;
import org.kakehashi.notification.MailMessage;
import org.kakehashi.notification.MailTexts;
import org.kakehashi.notification.MailTransport;
import org.kakehashi.notification.Outbox;
import org.kakehashi.notification.Recipients;
import org.kakehashi.notification.Recipients.Addressee;
import org.kakehashi.platform.problem.Messages;
import org.kakehashi.request.BookingChanged;
import org.kakehashi.request.InterpretingEvent;
import org.kakehashi.request.Request;
import org.kakehashi.request.RequestRepository;
import org.kakehashi.request.RequestStepTaken;
import org.kakehashi.request.TimelineEvent;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The interpreter and the requester hear of a booking in the step's own transaction, each in their language: the
 * interpreter gets the invitation, the requester the confirmation, both carrying the same calendar event; every
 * change sends its update (one more {@code SEQUENCE}), an interpreter no longer booked and a withdrawn request send
 * the cancellation; both are reminded before the event. These go at once even to those who chose the daily digest:
 * a calendar entry or a reminder that comes with tomorrow's digest comes too late.
 */
@ApplicationScoped
public class BookingMails {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    RequestRepository requests;
    @Inject
    Directory directory;
    @Inject
    Recipients recipients;
    @Inject
    MailTexts texts;
    @Inject
    MailTransport transport;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    void onStep(@Observes RequestStepTaken step) {
        if (step.event() != TimelineEvent.SCHEDULED && step.event() != TimelineEvent.CANCELLED
                && step.event() != TimelineEvent.INTERPRETER_REMINDED) {
            return;
        }
        Request request = requests.find(step.number()).orElseThrow();
        if (request.interpreter() == null) {
            return;
        }
        switch (step.event()) {
            case SCHEDULED -> {
                interpreter(request.interpreter()).ifPresent(to -> send(request, to, "booking-invitation",
                        Method.REQUEST));
                requester(request).ifPresent(to -> send(request, to, "booking-confirmed", Method.REQUEST));
            }
            case CANCELLED -> {
                interpreter(request.interpreter()).ifPresent(to -> send(request, to, "booking-cancelled",
                        Method.CANCEL));
                requester(request).ifPresent(to -> send(request, to, "booking-cancelled", Method.CANCEL));
            }
            default -> {
                interpreter(request.interpreter()).ifPresent(to -> send(request, to, "booking-reminder", null));
                requester(request).ifPresent(to -> send(request, to, "booking-reminder", null));
            }
        }
    }

    void onChange(@Observes BookingChanged changed) {
        Request request = requests.find(changed.number()).orElseThrow();
        boolean sameInterpreter = request.interpreter().equals(changed.previousInterpreter());
        if (!sameInterpreter && changed.previousInterpreter() != null) {
            interpreter(changed.previousInterpreter()).ifPresent(to -> send(request, to, "booking-released",
                    Method.CANCEL));
        }
        interpreter(request.interpreter()).ifPresent(to -> send(request, to,
                sameInterpreter ? "booking-changed" : "booking-invitation", Method.REQUEST));
        requester(request).ifPresent(to -> send(request, to, "booking-changed", Method.REQUEST));
    }

    private Optional<Addressee> interpreter(String username) {
        return directory.person(username).flatMap(Recipients::addressee);
    }

    private Optional<Addressee> requester(Request request) {
        return recipients.requesterOf(request);
    }

    /** @param method the calendar's part of the mail; none for a reminder, the event being in the calendar */
    private void send(Request request, Addressee to, String kind, Method method) {
        Messages messages = MailTexts.messagesFor(to.language());
        InterpretingEvent event = request.event();
        String interpreterName = directory.person(request.interpreter())
                .map(Person::displayName).orElse(request.interpreter());
        MailMessage mail = texts.notice(to.recipient(), to.language(), kind, request.number().value(),
                List.of(request.number().value(), when(event, to), event.place(), interpreterName),
                links(request, to, messages));
        if (method != null) {
            mail = mail.carrying(new MailMessage.Invitation(method.name(), calendar(request, method, messages),
                    BookingCalendarFile.fileName(request.number())));
        }
        outbox.queue(mail);
    }

    private String calendar(Request request, Method method, Messages messages) {
        List<Party> invited = new ArrayList<>();
        interpreter(request.interpreter()).ifPresent(to -> invited.add(party(to)));
        requester(request).ifPresent(to -> invited.add(party(to)));
        return BookingCalendarFile.of(method, Booking.of(request), Wording.of(request, messages), clock.instant(),
                new Party(messages.format("mail.booking.organizer"), transport.sender()), invited);
    }

    private static Party party(Addressee to) {
        return new Party(to.recipient().name(), to.recipient().address());
    }

    /** The event's day and hours where it is held, as the reader writes dates (令和8年12月18日 14:00–16:00). */
    private static String when(InterpretingEvent event, Addressee to) {
        ZonedDateTime start = event.start().atZone(event.zone());
        ZonedDateTime end = event.end().atZone(event.zone());
        return MailTexts.date(LocalDate.from(start), to.language()) + " " + TIME.format(start) + "–"
                + TIME.format(end);
    }

    /**
     * A citizen follows the request by their status link, which only they have; everyone else by its page, where
     * the calendar file is too.
     */
    private List<MailTexts.Link> links(Request request, Addressee to, Messages messages) {
        if (to.person().isEmpty()) {
            return List.of(new MailTexts.Link(messages.format("mail.open-status"), texts.baseUrl() + "/status.html"));
        }
        String page = texts.baseUrl() + "/request.html?number=" + request.number().value();
        return List.of(new MailTexts.Link(messages.format("mail.open-request"), page),
                new MailTexts.Link(messages.format("mail.booking.calendar-file"),
                        texts.baseUrl() + "/api/requests/" + request.number().value() + "/booking.ics"));
    }
}
