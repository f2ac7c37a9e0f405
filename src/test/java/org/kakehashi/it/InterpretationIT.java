package org.kakehashi.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Interpretation requests over HTTP: submitted, triaged, booked without double-booking, exported to calendars. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InterpretationIT {

    @ArquillianResource
    URL base;

    private Api requester() {
        return Api.as(base, "sato");
    }

    private Api coordinator() {
        return Api.as(base, "emily");
    }

    /** A day far enough ahead, distinct per test so that their bookings never meet. */
    private static LocalDate eventDay(int offset) {
        return LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(60 + offset);
    }

    private String submit(LocalDate day, String from, String to, String place) {
        return requester().call()
                .body(Map.of("type", "interpretation", "sourceLanguage", "ja", "targetLanguages", List.of("en"),
                        "text", "視察の行程表", "event", Map.of("start", day + "T" + from, "end", day + "T" + to,
                                "timeZone", "Asia/Tokyo", "place", place, "mode", "consecutive",
                                "audience", "Napier City Council delegation")))
                .post("requests").then().statusCode(201)
                .body("type", equalTo("INTERPRETATION"))
                .body("event.place", equalTo(place))
                .extract().path("number");
    }

    private void acceptAndBook(String number, String interpreter, int expectedStatus) {
        coordinator().complete(coordinator().taskFor(number, "triageInterpretation"), Map.of("outcome", "accept"));
        coordinator().call().body(Map.of("outcome", "schedule", "interpreter", interpreter))
                .post("tasks/{id}/complete", coordinator().taskFor(number, "scheduleInterpretation"))
                .then().statusCode(expectedStatus);
    }

    @Test
    void anInterpreterIsBookedAndTheBookingOpensInACalendar() {
        LocalDate day = eventDay(0);
        String number = submit(day, "13:00", "16:00", "苫小牧市役所 第1会議室");

        acceptAndBook(number, "emily", 204);

        assertThat(requester().request(number).getString("status")).isEqualTo("SCHEDULED");
        String utcStart = ZonedDateTime.of(day, java.time.LocalTime.of(13, 0), ZoneId.of("Asia/Tokyo"))
                .withZoneSameInstant(ZoneId.of("UTC")).format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
        requester().call().get("requests/{number}/booking.ics", number)
                .then().statusCode(200)
                .contentType(containsString("text/calendar"))
                .body(containsString("DTSTART:" + utcStart))
                .body(containsString("LOCATION:苫小牧市役所 第1会議室"));
    }

    @Test
    void aDoubleBookingIsRefusedNamingTheBookingInTheWay() {
        LocalDate day = eventDay(1);
        String first = submit(day, "09:00", "12:00", "市役所");
        acceptAndBook(first, "emily", 204);
        String second = submit(day, "12:30", "14:00", "苫小牧港");

        coordinator().complete(coordinator().taskFor(second, "triageInterpretation"), Map.of("outcome", "accept"));
        String booking = coordinator().taskFor(second, "scheduleInterpretation");
        coordinator().call().header("Accept-Language", "en")
                .body(Map.of("outcome", "schedule", "interpreter", "emily"))
                .post("tasks/{id}/complete", booking)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(first))
                .body("detail", containsString("60 minutes"))
                .body("errors[0].field", equalTo("interpreter"));

        coordinator().call().body(Map.of("outcome", "schedule", "interpreter", "tanaka"))
                .post("tasks/{id}/complete", booking).then().statusCode(204);
        assertThat(requester().request(second).getString("interpreter")).isEqualTo("tanaka");
    }

    @Test
    void theCoordinatorAsksTheRequesterAQuestionAtTriageAndTheAnswerBringsTheRequestBack() {
        String number = submit(eventDay(3), "13:00", "14:00", "苫小牧港");
        String triage = coordinator().taskFor(number, "triageInterpretation");
        coordinator().call().body(Map.of("outcome", "ask")).post("tasks/{id}/complete", triage)
                .then().statusCode(400).body("errors[0].field", equalTo("comment"));

        coordinator().complete(triage, Map.of("outcome", "ask", "comment", "会場の住所を教えてください。"));
        assertThat(requester().request(number).getString("status")).isEqualTo("AWAITING_ANSWER");
        requester().call().body(Map.of("text", "苫小牧市入船町1丁目です。")).post("requests/{number}/answer", number)
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));

        acceptAndBook(number, "emily", 204);
        assertThat(requester().request(number).getList("timeline.event"))
                .containsSubsequence("QUESTION_ASKED", "QUESTION_ANSWERED", "ACCEPTED", "SCHEDULED");
    }

    @Test
    void aBookedInterpretationCanBeCancelledByTheRequester() {
        String number = submit(eventDay(2), "10:00", "11:00", "白老町");
        acceptAndBook(number, "emily", 204);

        requester().call().body(Map.of("text", "視察が延期になりました。")).post("requests/{number}/cancel", number)
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
    }

    @Test
    void anInterpretationIsHeldAndItsInterpreterReportsOnIt() throws InterruptedException {
        // an event a few seconds ahead: its reminder is already due, its end comes while the test waits
        ZonedDateTime start = ZonedDateTime.now(ZoneId.of("Asia/Tokyo")).plusSeconds(20).withNano(0);
        DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
        String number = requester().call()
                .body(Map.of("type", "interpretation", "sourceLanguage", "ja", "targetLanguages", List.of("en"),
                        "event", Map.of("start", local.format(start), "end", local.format(start.plusSeconds(2)),
                                "timeZone", "Asia/Tokyo", "place", "電話", "mode", "remote")))
                .post("requests").then().statusCode(201).extract().path("number");
        acceptAndBook(number, "emily", 204);

        var held = requester().awaitStatus(number, "HELD", java.time.Duration.ofSeconds(150));
        assertThat(held.getString("status")).isEqualTo("HELD");
        assertThat(held.getList("timeline.event")).contains("SCHEDULED", "INTERPRETER_REMINDED", "HELD");

        coordinator().call().body(Map.of("outcome", "report", "comment", "問題なく終了しました。"))
                .post("tasks/{id}/complete", coordinator().taskFor(number, "reportEvent"))
                .then().statusCode(204);
        var reported = requester().request(number);
        assertThat(reported.getString("status")).isEqualTo("REPORTED");
        assertThat(reported.getString("eventReport")).isEqualTo("問題なく終了しました。");
    }
}
