package org.kakehashi.interpreting;

import org.kakehashi.platform.problem.Messages;
import org.kakehashi.request.InterpretingEvent;
import org.kakehashi.request.Request;
import org.kakehashi.request.RequestNumber;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A booked interpretation as an iCalendar (RFC 5545) event that Outlook and Google Calendar import: times in
 * UTC, text escaped, lines folded at 75 octets without splitting a character, CRLF line ends. One request is one
 * event (its {@code UID}) whose {@code SEQUENCE} counts the booking's changes, so that an invitation's update or
 * cancellation (iTIP, RFC 5546: {@link Method#REQUEST}, {@link Method#CANCEL}) changes the event already in a
 * calendar instead of adding another.
 */
public final class BookingCalendarFile {

    /** What the receiving calendar does with the event. */
    public enum Method {
        /** A file to import, with no one to answer. */
        PUBLISH,
        /** An invitation, or the update of one. */
        REQUEST,
        /** The booking is off. */
        CANCEL
    }

    /** The request's event as it is booked now, the sequence counting its changes. */
    public record Booking(RequestNumber number, InterpretingEvent event, int sequence) {

        public static Booking of(Request request) {
            return new Booking(request.number(), request.event(),
                    request.interpretation().orElseThrow().bookingSequence());
        }
    }

    /** The office sending the invitation, and the people invited. */
    public record Party(String name, String email) {
    }

    /** The event's words, in the reader's language. */
    public record Wording(String summary, String description) {

        public static Wording of(Request request, Messages messages) {
            String pair = request.brief().sourceLanguage().value() + " → "
                    + request.jobs().get(0).targetLanguage().value();
            InterpretingEvent event = request.event();
            return new Wording(messages.format("interpretation.ics.summary", pair, request.number().value()),
                    messages.format("interpretation.ics.description", request.interpreter(),
                            event.mode().name().toLowerCase(Locale.ROOT),
                            event.audience() == null ? "—" : event.audience()));
        }
    }

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private BookingCalendarFile() {
    }

    /** The event's identity in every calendar it reaches, the same for the whole life of the request. */
    public static String uid(RequestNumber number) {
        return number.value() + "@kakehashi";
    }

    public static String fileName(RequestNumber number) {
        return "interpretation-" + number.value() + ".ics";
    }

    public static String publish(Booking booking, Wording wording, Instant stamp) {
        return of(Method.PUBLISH, booking, wording, stamp, null, List.of());
    }

    /**
     * @param organizer who sends the invitation and takes the answers; required with {@link Method#REQUEST} and
     *                  {@link Method#CANCEL}
     */
    public static String of(Method method, Booking booking, Wording wording, Instant stamp, Party organizer,
                            List<Party> attendees) {
        InterpretingEvent event = booking.event();
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Kakehashi//Interpretation booking//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:" + method);
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + escape(uid(booking.number())));
        line(ics, "SEQUENCE:" + booking.sequence());
        line(ics, "DTSTAMP:" + UTC.format(stamp));
        line(ics, "DTSTART:" + UTC.format(event.start()));
        line(ics, "DTEND:" + UTC.format(event.end()));
        line(ics, "SUMMARY:" + escape(wording.summary()));
        line(ics, "LOCATION:" + escape(event.place()));
        line(ics, "DESCRIPTION:" + escape(wording.description()));
        line(ics, "STATUS:" + (method == Method.CANCEL ? "CANCELLED" : "CONFIRMED"));
        if (organizer != null) {
            line(ics, "ORGANIZER" + commonName(organizer) + ":mailto:" + organizer.email());
        }
        for (Party attendee : attendees) {
            line(ics, "ATTENDEE" + commonName(attendee) + ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:"
                    + attendee.email());
        }
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** A parameter value in quotes, which may hold any character but the quote itself and controls. */
    private static String commonName(Party party) {
        if (party.name() == null || party.name().isBlank()) {
            return "";
        }
        return ";CN=\"" + party.name().replaceAll("[\"\\p{Cntrl}]", "") + "\"";
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** Folds a content line into chunks of at most 75 UTF-8 octets, continuation lines starting with a space. */
    static void line(StringBuilder ics, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                ics.append("\r\n ");
                octets = 0;
                limit = 74;
            }
            ics.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append("\r\n");
    }
}
