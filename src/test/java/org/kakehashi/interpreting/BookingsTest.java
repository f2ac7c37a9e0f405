package org.kakehashi.interpreting;

import org.junit.jupiter.api.Test;
import org.kakehashi.calendar.FiscalYear;
import org.kakehashi.language.CountingRates;
import org.kakehashi.language.CountingReceipt;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.language.TextCounter;
import org.kakehashi.request.InterpretingEvent;
import org.kakehashi.request.InterpretingMode;
import org.kakehashi.request.NewRequest;
import org.kakehashi.request.Request;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestType;
import org.kakehashi.request.Submission;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class BookingsTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final CountingReceipt RECEIPT = new TextCounter(new CountingRates(2000, 400)).count("", LanguageTag.of("ja"));
    private static final Instant SUBMITTED = Instant.parse("2027-04-01T00:00:00Z");
    private static final Duration HOUR = Duration.ofMinutes(60);

    private static int sequence;

    /** An interpretation on 2027-05-06 (Tokyo), booked for the interpreter, or not booked when null. */
    private static Request event(String from, String to, String interpreter) {
        ZonedDateTime day = ZonedDateTime.of(2027, 5, 6, 0, 0, 0, 0, TOKYO);
        InterpretingEvent event = new InterpretingEvent(day.with(LocalTime.parse(from)), day.with(LocalTime.parse(to)),
                "市役所", InterpretingMode.CONSECUTIVE, null);
        NewRequest form = new NewRequest(RequestType.INTERPRETATION, null, null, LanguageTag.of("ja"),
                List.of(LanguageTag.of("en")), Map.of(), null, null, event, Set.of(), null);
        Request request = Request.submit(new Submission(RequestNumber.of(new FiscalYear(2027), ++sequence), "sato",
                "sougou-fukushi", form, RECEIPT, null, SUBMITTED, TOKYO));
        if (interpreter != null) {
            request.accept("tanaka", SUBMITTED);
            request.interpreting().schedule("tanaka", interpreter, SUBMITTED);
        }
        return request;
    }

    @Test
    void anEventWithinTheTravelBufferOfAnotherBookingOfTheInterpreterClashes() {
        Request morning = event("10:00", "12:00", "emily");
        Request afternoon = event("12:30", "14:00", null);

        assertThat(new Bookings(List.of(morning), HOUR).clashesFor("emily", afternoon)).containsExactly(morning);
    }

    @Test
    void anEventATravelBufferAwayDoesNotClash() {
        Request morning = event("10:00", "12:00", "emily");
        Request afternoon = event("13:00", "14:00", null);

        assertThat(new Bookings(List.of(morning), HOUR).clashesFor("emily", afternoon)).isEmpty();
        assertThat(new Bookings(List.of(morning), Duration.ofMinutes(61)).clashesFor("emily", afternoon))
                .containsExactly(morning);
    }

    @Test
    void theBufferKeepsTimeFreeBeforeABookingToo() {
        Request afternoon = event("13:00", "15:00", "emily");
        Request lateMorning = event("11:00", "12:30", null);

        assertThat(new Bookings(List.of(afternoon), HOUR).clashesFor("emily", lateMorning)).containsExactly(afternoon);
    }

    @Test
    void onlyTheInterpretersOwnOtherBookingsCount() {
        Request booked = event("10:00", "12:00", "emily");
        Request byTanaka = event("10:30", "11:30", "tanaka");
        Bookings bookings = new Bookings(List.of(booked, byTanaka), HOUR);

        assertThat(bookings.clashesFor("emily", booked)).as("a booking never clashes with itself").isEmpty();
        assertThat(bookings.clashesFor("lin", event("10:00", "12:00", null))).isEmpty();
        assertThat(bookings.clashesFor("tanaka", booked)).containsExactly(byTanaka);
    }
}
