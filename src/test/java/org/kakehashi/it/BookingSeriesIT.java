package org.kakehashi.it;

import io.restassured.path.json.JsonPath;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The same meeting every month as a series: one request per meeting, booked, changed and cancelled all together
 * with each meeting's outcome told, a meeting whose interpreter is busy refused while the others go ahead.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BookingSeriesIT {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @ArquillianResource
    URL base;

    private Api requester() {
        return Api.as(base, "sato");
    }

    private Api coordinator() {
        return Api.as(base, "emily");
    }

    private static Map<String, Object> meeting(LocalDate day, String from, String to) {
        return Map.of("type", "interpretation", "sourceLanguage", "ja", "targetLanguages", List.of("en"),
                "event", Map.of("start", day + "T" + from, "end", day + "T" + to, "timeZone", "Asia/Tokyo",
                        "place", "国際交流サロン", "mode", "consecutive"));
    }

    @Test
    void aMonthlyMeetingIsBookedChangedAndCancelledAsASeriesMeetingByMeeting() {
        // the second Thursday of a month about five months ahead, clear of the other tests' days
        LocalDate first = LocalDate.now(TOKYO).plusMonths(5).withDayOfMonth(1)
                .with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.THURSDAY));
        requester().call().body(Map.of("request", meeting(first, "10:00", "11:00"), "frequency", "monthly",
                "count", 13)).post("interpreting/series").then().statusCode(400)
                .body("errors[0].field", equalTo("count"));
        requester().call().body(Map.of("request", meeting(first, "10:00", "11:00"), "frequency", "daily",
                "count", 3)).post("interpreting/series").then().statusCode(400)
                .body("errors[0].field", equalTo("frequency"));

        JsonPath series = requester().call().body(Map.of("request", meeting(first, "10:00", "11:00"),
                        "frequency", "monthly", "count", 3))
                .post("interpreting/series").then().statusCode(201).extract().jsonPath();
        String id = series.getString("id");
        List<String> meetings = series.getList("meetings.number");
        assertThat(meetings).hasSize(3);
        List<LocalDate> days = series.getList("meetings.start", String.class).stream()
                .map(start -> LocalDate.ofInstant(Instant.parse(start), TOKYO)).toList();
        assertThat(days).allSatisfy(day -> {
            assertThat(day.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
            assertThat((day.getDayOfMonth() - 1) / 7 + 1).isEqualTo(2);
        });
        assertThat(days.get(1)).isEqualTo(first.plusMonths(1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.THURSDAY)));
        assertThat(coordinator().call().queryParam("request", meetings.get(2)).get("interpreting/series")
                .then().statusCode(200).extract().jsonPath().getList("id")).containsExactly(id);
        Api.as(base, "lin").call().get("interpreting/series/{id}", id).then().statusCode(404);

        // tanaka already interprets elsewhere at the second meeting's time
        String elsewhere = requester().call().body(meeting(days.get(1), "10:30", "11:30")).post("requests")
                .then().statusCode(201).extract().path("number");
        coordinator().complete(coordinator().taskFor(elsewhere, "triageInterpretation"), Map.of("outcome", "accept"));
        coordinator().call().body(Map.of("outcome", "schedule", "interpreter", "tanaka"))
                .post("tasks/{id}/complete", coordinator().taskFor(elsewhere, "scheduleInterpretation"))
                .then().statusCode(204);

        for (String number : meetings) {
            coordinator().complete(coordinator().taskFor(number, "triageInterpretation"), Map.of("outcome", "accept"));
        }
        requester().call().body(Map.of("interpreter", "tanaka")).post("interpreting/series/{id}/booking", id)
                .then().statusCode(403);
        JsonPath booked = coordinator().call().body(Map.of("interpreter", "tanaka"))
                .post("interpreting/series/{id}/booking", id).then().statusCode(200).extract().jsonPath();
        assertThat(booked.getList("number")).containsExactlyElementsOf(meetings);
        assertThat(booked.getList("done", Boolean.class)).containsExactly(true, false, true);
        assertThat(booked.getInt("[1].status")).isEqualTo(409);
        assertThat(booked.getString("[1].detail")).contains(elsewhere);

        coordinator().call().body(Map.of("outcome", "schedule", "interpreter", "emily"))
                .post("tasks/{id}/complete", coordinator().taskFor(meetings.get(1), "scheduleInterpretation"))
                .then().statusCode(204);
        JsonPath changed = coordinator().call().body(Map.of("interpreter", "tanaka", "start", "15:00",
                        "end", "16:30", "place", "市民活動センター"))
                .put("interpreting/series/{id}/booking", id).then().statusCode(200).extract().jsonPath();
        assertThat(changed.getList("done", Boolean.class)).containsExactly(true, true, true);
        for (int i = 0; i < 3; i++) {
            JsonPath request = requester().request(meetings.get(i));
            assertThat(request.getString("interpreter")).isEqualTo("tanaka");
            assertThat(request.getString("event.place")).isEqualTo("市民活動センター");
            assertThat(OffsetDateTime.parse(request.getString("event.start")).atZoneSameInstant(TOKYO))
                    .isEqualTo(days.get(i).atTime(15, 0).atZone(TOKYO));
        }

        requester().call().body(Map.of("text", "委員会が廃止されました。")).post("requests/{n}/cancel", meetings.get(0))
                .then().statusCode(200);
        JsonPath cancelled = requester().call().body(Map.of("text", "委員会が廃止されました。"))
                .post("interpreting/series/{id}/cancel", id).then().statusCode(200).extract().jsonPath();
        assertThat(cancelled.getList("number")).containsExactly(meetings.get(1), meetings.get(2));
        assertThat(cancelled.getList("done", Boolean.class)).containsExactly(true, true);
        assertThat(requester().call().get("interpreting/series/{id}", id).then().statusCode(200).extract()
                .jsonPath().getList("meetings.status")).containsOnly("CANCELLED");
    }
}
