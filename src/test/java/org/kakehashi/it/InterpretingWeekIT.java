package org.kakehashi.it;

import io.restassured.path.json.JsonPath;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The coordinators' interpreting week and the interpreters free for an event, over HTTP: what a week holds, its
 * closed days, double bookings within the travel buffer, and who may look.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InterpretingWeekIT {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final String TRAVEL_MINUTES = "kakehashi.interpreting.travel-minutes";

    @ArquillianResource
    URL base;
    @ArquillianResource
    ManagementClient management;

    private Api coordinator() {
        return Api.as(base, "emily");
    }

    /** A week of its own for each test, years ahead, so that the bookings of earlier runs never meet these. */
    private static LocalDate freshWednesday() {
        return LocalDate.of(2031, 1, 8).plusWeeks(ThreadLocalRandom.current().nextInt(2500));
    }

    private String submit(LocalDate day, String from, String to) {
        return Api.as(base, "sato").call()
                .body(Map.of("type", "interpretation", "sourceLanguage", "ja", "targetLanguages", List.of("en"),
                        "event", Map.of("start", day + "T" + from, "end", day + "T" + to, "timeZone", "Asia/Tokyo",
                                "place", "苫小牧市役所", "mode", "consecutive")))
                .post("requests").then().statusCode(201).extract().path("number");
    }

    private void book(String number, String interpreter) {
        coordinator().complete(coordinator().taskFor(number, "triageInterpretation"), Map.of("outcome", "accept"));
        coordinator().complete(coordinator().taskFor(number, "scheduleInterpretation"),
                Map.of("outcome", "schedule", "interpreter", interpreter));
    }

    private JsonPath week(LocalDate start) {
        return coordinator().call().queryParam("start", start.toString()).get("interpreting/week")
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> event(JsonPath week, String number) {
        return week.getMap("events.find { it.number == '" + number + "' }");
    }

    @Test
    void aWeekShowsItsEventsAndNotThoseOfTheWeekAfter() {
        LocalDate wednesday = freshWednesday();
        String thisWeek = submit(wednesday, "10:00", "12:00");
        String nextWeek = submit(wednesday.plusWeeks(1), "10:00", "12:00");

        JsonPath week = week(wednesday.plusDays(2));

        assertThat(week.getString("start")).isEqualTo(wednesday.with(DayOfWeek.MONDAY).toString());
        assertThat(week.getString("end")).isEqualTo(wednesday.with(DayOfWeek.SUNDAY).toString());
        assertThat(week.getList("days.date")).hasSize(7);
        assertThat(week.getList("events.number")).contains(thisWeek).doesNotContain(nextWeek);
        Map<String, Object> event = event(week, thisWeek);
        assertThat(OffsetDateTime.parse((String) event.get("start")).toInstant())
                .isEqualTo(ZonedDateTime.of(wednesday.atTime(10, 0), TOKYO).toInstant());
        assertThat(event).containsEntry("timeZone", "Asia/Tokyo").containsEntry("status", "SUBMITTED")
                .containsEntry("mode", "CONSECUTIVE").containsEntry("place", "苫小牧市役所")
                .containsEntry("sourceLanguage", "ja").containsEntry("targetLanguage", "en")
                .doesNotContainKey("interpreter")
                .containsEntry("requester", Map.of("username", "sato", "displayName", "佐藤"))
                .containsEntry("department",
                        Map.of("code", "sougou-fukushi", "nameJa", "総合福祉課", "nameEn", "General Welfare Division"));
        assertThat(week(wednesday.plusWeeks(1)).getList("events.number")).contains(nextWeek).doesNotContain(thisWeek);
    }

    @Test
    void theGoldenWeekHolidaysAreClosedDays() {
        JsonPath week = Api.as(base, "watanabe").call().queryParam("start", "2027-05-05").get("interpreting/week")
                .then().statusCode(200).extract().jsonPath();

        assertThat(week.getString("start")).isEqualTo("2027-05-03");
        assertThat(week.getList("days.closed")).containsExactly(true, true, true, false, false, true, true);
        assertThat(week.getList("days.nameJa")).containsExactly("憲法記念日", "みどりの日", "こどもの日", null, null,
                null, null);
        assertThat(week.getString("days[0].nameEn")).isEqualTo("Constitution Memorial Day");
    }

    @Test
    void bookingsOfOneInterpreterWithinALongerTravelBufferAreListedAsConflicting() throws IOException {
        LocalDate wednesday = freshWednesday();
        String morning = submit(wednesday, "10:00", "12:00");
        String afternoon = submit(wednesday, "13:00", "14:00");
        book(morning, "emily");
        book(afternoon, "emily");
        assertThat(event(week(wednesday), afternoon).get("conflicts")).as("an hour apart").isEqualTo(List.of());

        // the office lengthens the travel time after the bookings were made: the week shows what now clashes
        ModelNode property = Operations.createAddress("system-property", TRAVEL_MINUTES);
        ModelNode add = Operations.createAddOperation(property);
        add.get("value").set("90");
        execute(add);
        try {
            JsonPath week = week(wednesday);
            assertThat(week.getLong("travelMinutes")).isEqualTo(90);
            assertThat(event(week, morning).get("conflicts"))
                    .isEqualTo(List.of(Map.of("interpreter", "emily", "number", afternoon)));
            assertThat(event(week, afternoon).get("conflicts"))
                    .isEqualTo(List.of(Map.of("interpreter", "emily", "number", morning)));
            assertThat(event(week, afternoon).get("interpreter"))
                    .isEqualTo(Map.of("username", "emily", "displayName", "Emily (CIR)"));
        } finally {
            execute(Operations.createRemoveOperation(property));
        }
    }

    @Test
    void anInterpreterBookedTooCloseToAnEventIsNotFreeForIt() {
        LocalDate wednesday = freshWednesday();
        String booked = submit(wednesday, "10:00", "12:00");
        book(booked, "emily");
        String open = submit(wednesday, "12:30", "14:00");

        List<Map<String, Object>> interpreters = coordinator().call().queryParam("number", open)
                .get("interpreting/interpreters").then().statusCode(200).extract().jsonPath().getList("");

        assertThat(interpreters).extracting(i -> i.get("username")).containsExactly("emily", "tanaka");
        assertThat(interpreters.get(0)).containsEntry("free", false).containsEntry("conflictingRequest", booked);
        assertThat(interpreters.get(1)).containsEntry("free", true).doesNotContainKey("conflictingRequest");
        assertThat(event(week(wednesday), open).get("conflicts"))
                .isEqualTo(List.of(Map.of("interpreter", "emily", "number", booked)));
    }

    @Test
    void onlyTheOfficeSeesTheCalendar() {
        String number = submit(freshWednesday(), "10:00", "11:00");
        for (String staff : List.of("sato", "lin")) {
            Api.as(base, staff).call().get("interpreting/week").then().statusCode(403)
                    .contentType("application/problem+json");
            Api.as(base, staff).call().queryParam("number", number).get("interpreting/interpreters")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        Api.anonymous(base).get("interpreting/week").then().statusCode(401);
        coordinator().call().queryParam("number", "2098-00001").get("interpreting/interpreters")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aStartThatIsNoDateIsRefusedOnTheStartField() {
        coordinator().call().header("Accept-Language", "en").queryParam("start", "2027-02-30")
                .get("interpreting/week")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("start"))
                .body("detail", equalTo("\"2027-02-30\" is not a date such as 2027-05-03."));
    }

    private void execute(ModelNode operation) throws IOException {
        ModelNode result = management.getControllerClient().execute(operation);
        assertThat(Operations.isSuccessfulOutcome(result)).as(result.toString()).isTrue();
    }
}
