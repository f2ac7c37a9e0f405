package org.kakehashi.it;

import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The interpreter and the requester hear of a booking by mail, each in their language, with the calendar event
 * that Outlook and Google Calendar keep up to date: one UID for the request, a higher SEQUENCE at every change,
 * METHOD:CANCEL when the booking is off; and both are reminded before the event.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BookingMailIT {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @ArquillianResource
    URL base;

    private Api requester() {
        return Api.as(base, "sato");
    }

    private Api coordinator() {
        return Api.as(base, "emily");
    }

    private String submit(String start, String end, String place) {
        return requester().call()
                .body(Map.of("type", "interpretation", "sourceLanguage", "ja", "targetLanguages", List.of("en"),
                        "text", "姉妹都市代表団の表敬訪問", "event", Map.of("start", start, "end", end,
                                "timeZone", "Asia/Tokyo", "place", "市役所 応接室", "mode", "consecutive")))
                .post("requests").then().statusCode(201).extract().path("number");
    }

    private void book(String number, String interpreter) {
        coordinator().complete(coordinator().taskFor(number, "triageInterpretation"), Map.of("outcome", "accept"));
        coordinator().call().body(Map.of("outcome", "schedule", "interpreter", interpreter))
                .post("tasks/{id}/complete", coordinator().taskFor(number, "scheduleInterpretation"))
                .then().statusCode(204);
    }

    @Test
    void aBookingIsAnInvitationThatEveryChangeUpdatesAndTheCancellationRemoves() throws Exception {
        LocalDate day = LocalDate.now(TOKYO).plusDays(80);
        MailCatcher.start();
        try {
            String number = submit(day + "T10:00", day + "T11:30", "市役所 応接室");
            book(number, "tanaka");

            MimeMessage invitation = MailCatcher.mailAbout("tanaka@city.example.jp", number, "通訳をお願いします");
            assertThat(MailCatcher.part(invitation, "text/calendar").orElseThrow().getContentType())
                    .contains("method=REQUEST");
            Part file = MailCatcher.part(invitation, "application/ics").orElseThrow();
            assertThat(file.getDisposition()).isEqualTo(Part.ATTACHMENT);
            assertThat(file.getFileName()).isEqualTo("interpretation-" + number + ".ics");
            VEvent invited = event(MailCatcher.text(invitation, "text/calendar"), "REQUEST");
            assertThat(value(invited, Property.UID)).isEqualTo(number + "@kakehashi");
            assertThat(value(invited, Property.SEQUENCE)).isEqualTo("0");
            assertThat(value(invited, Property.DTSTART)).isEqualTo(utc(day, "10:00"));
            List<Property> attendees = invited.getProperties(Property.ATTENDEE);
            assertThat(attendees.stream().map(Property::getValue))
                    .contains("mailto:tanaka@city.example.jp", "mailto:sato@city.example.jp");

            MimeMessage confirmation = MailCatcher.mailAbout("sato@city.example.jp", number, "通訳者が決まりました");
            assertThat(MailCatcher.text(confirmation, "text/plain")).contains("田中", "市役所 応接室");
            VEvent confirmed = event(MailCatcher.text(confirmation, "text/calendar"), "REQUEST");
            assertThat(value(confirmed, Property.UID)).isEqualTo(number + "@kakehashi");

            coordinator().call().body(Map.of("interpreter", "tanaka", "start", day + "T09:00", "end", day + "T09:00",
                    "place", "市役所 応接室")).put("requests/{n}/booking", number)
                    .then().statusCode(400).body("errors[0].field", equalTo("end"));
            coordinator().call().body(Map.of("interpreter", "sato", "start", day + "T14:00", "end", day + "T15:30",
                    "place", "市役所 応接室")).put("requests/{n}/booking", number)
                    .then().statusCode(400).body("errors[0].field", equalTo("interpreter"));
            requester().call().body(Map.of("interpreter", "tanaka", "start", day + "T14:00", "end", day + "T15:30",
                    "place", "市役所 応接室")).put("requests/{n}/booking", number).then().statusCode(403);

            coordinator().call().body(Map.of("interpreter", "tanaka", "start", day + "T14:00", "end", day + "T15:30",
                    "place", "市民会館 小ホール")).put("requests/{n}/booking", number).then().statusCode(204);
            VEvent moved = event(MailCatcher.text(MailCatcher.mailAbout("tanaka@city.example.jp", number,
                    "通訳の予定が変わりました"), "text/calendar"), "REQUEST");
            assertThat(value(moved, Property.UID)).isEqualTo(number + "@kakehashi");
            assertThat(value(moved, Property.SEQUENCE)).isEqualTo("1");
            assertThat(value(moved, Property.DTSTART)).isEqualTo(utc(day, "14:00"));
            assertThat(value(moved, Property.LOCATION)).isEqualTo("市民会館 小ホール");
            assertThat(requester().request(number).getList("timeline.event")).contains("BOOKING_CHANGED");

            coordinator().call().body(Map.of("interpreter", "emily", "start", day + "T14:00", "end", day + "T15:30",
                    "place", "市民会館 小ホール")).put("requests/{n}/booking", number).then().statusCode(204);
            VEvent released = event(MailCatcher.text(MailCatcher.mailAbout("tanaka@city.example.jp", number,
                    "通訳の手配を取り消しました"), "text/calendar"), "CANCEL");
            assertThat(value(released, Property.SEQUENCE)).isEqualTo("2");
            assertThat(value(released, Property.STATUS)).isEqualTo("CANCELLED");
            MimeMessage toEmily = MailCatcher.mailAbout("emily@city.example.jp", number, "You interpret on");
            assertThat(value(event(MailCatcher.text(toEmily, "text/calendar"), "REQUEST"), Property.SEQUENCE))
                    .isEqualTo("2");

            requester().call().body(Map.of("text", "訪問が中止になりました。")).post("requests/{n}/cancel", number)
                    .then().statusCode(200);
            VEvent cancelled = event(MailCatcher.text(MailCatcher.mailAbout("emily@city.example.jp", number,
                    "is cancelled"), "text/calendar"), "CANCEL");
            assertThat(value(cancelled, Property.UID)).isEqualTo(number + "@kakehashi");
            assertThat(value(cancelled, Property.SEQUENCE)).isEqualTo("3");
        } finally {
            MailCatcher.stop();
        }
    }

    @Test
    void theInterpreterAndTheRequesterAreRemindedBeforeTheEvent() throws Exception {
        // an event a few seconds ahead: its reminder is due at once
        ZonedDateTime start = ZonedDateTime.now(TOKYO).plusSeconds(40).withNano(0);
        DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
        MailCatcher.start();
        try {
            String number = submit(local.format(start), local.format(start.plusMinutes(30)), "電話");
            book(number, "tanaka");

            MimeMessage toInterpreter = MailCatcher.mailAbout("tanaka@city.example.jp", number, "通訳のお知らせ");
            assertThat(MailCatcher.text(toInterpreter, "text/plain")).contains("予定のお知らせです", "田中");
            assertThat(MailCatcher.part(toInterpreter, "text/calendar")).isEmpty();
            assertThat(MailCatcher.text(MailCatcher.mailAbout("sato@city.example.jp", number, "通訳のお知らせ"),
                    "text/html")).contains("/request.html?number=" + number);
        } finally {
            MailCatcher.stop();
        }
    }

    /** The one event of the calendar, read as a calendar reads it, after checking the calendar's method. */
    private static VEvent event(String ics, String method) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue)).contains(method);
        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }

    private static String utc(LocalDate day, String time) {
        return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").format(
                ZonedDateTime.of(day, java.time.LocalTime.parse(time), TOKYO).withZoneSameInstant(ZoneId.of("UTC")));
    }
}
