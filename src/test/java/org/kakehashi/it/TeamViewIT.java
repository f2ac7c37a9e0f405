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
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The coordinator's team view over HTTP: the task a colleague holds with their load in the week it falls due; an
 * absence keeps tasks and bookings from the person away and puts the tasks they hold at risk; who may look and
 * record; dates that are none. The absences made here are removed at the end: the tests share one server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TeamViewIT {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @ArquillianResource
    URL base;

    @Test
    void aTaskHeldIsListedWithItsLoadAndAnAbsenceKeepsNewTasksFromThePersonAwayAndPutsTheirsAtRisk() {
        Api emily = Api.as(base, "emily");
        List<String> recorded = new ArrayList<>();
        try {
            String number = Api.as(base, "sato").submit("市民課の窓口は平日の八時半から開いています。");
            emily.complete(emily.taskFor(number, "triageRequest"), Map.of("outcome", "accept"));
            String held = emily.taskFor(number, "translateRequest");
            emily.call().body(Map.of("assignee", "tanaka")).post("tasks/{id}/assignment", held).then().statusCode(204);

            JsonPath thisWeek = team(emily, null);
            String today = thisWeek.getString("today");
            Map<String, Object> task = task(thisWeek, "tanaka", held);
            assertThat(task).containsEntry("requestNumber", number).containsEntry("taskKey", "translateRequest")
                    .containsEntry("targetLanguage", "en").containsEntry("overdue", false)
                    .containsEntry("atRisk", false);
            assertThat(thisWeek.getList("people.username", String.class)).contains("emily", "tanaka", "lin", "wang")
                    .doesNotContain("sato", "watanabe", "admin", "aroha");

            LocalDate dueDay = LocalDate.ofInstant(Instant.parse((String) task.get("due")), TOKYO);
            JsonPath dueWeek = team(emily, dueDay.toString());
            assertThat(dueWeek.getString("monday"))
                    .isEqualTo(dueDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString());
            Map<String, Object> load = dueWeek.getMap("people.find { it.username == 'tanaka' }.load");
            JsonPath receipt = emily.request(number);
            assertThat(receipt.getString("receipt.unit")).isEqualTo("CHARACTERS");
            assertThat(number(load, "characters")).isGreaterThanOrEqualTo(receipt.getLong("receipt.characters"))
                    .isEqualTo(expectedLoad(emily, dueWeek, "tanaka", "CHARACTERS", "characters"));
            assertThat(number(load, "manuscriptPages"))
                    .isEqualTo(expectedLoad(emily, dueWeek, "tanaka", "CHARACTERS", "manuscriptPages"));
            assertThat(number(load, "words")).isEqualTo(expectedLoad(emily, dueWeek, "tanaka", "WORDS", "words"));
            assertThat(number(load, "tasks")).isPositive();

            String until = LocalDate.parse(today).plusDays(14).toString();
            String absence = emily.call().body(Map.of("person", "tanaka", "from", today, "to", until, "note", "研修"))
                    .post("team/absences").then().statusCode(201)
                    .body("person", equalTo("tanaka")).body("from", equalTo(today)).body("to", equalTo(until))
                    .extract().path("id");
            recorded.add(absence);
            emily.call().body(Map.of("person", "tanaka", "from", until, "to", until)).post("team/absences").then()
                    .statusCode(409).body("detail", containsString(today));
            assertThat(emily.call().queryParam("from", today).get("team/absences").then().statusCode(200).extract()
                    .jsonPath().getList("id", String.class)).contains(absence);

            String other = Api.as(base, "sato").submit("図書館の本の返し方をお知らせします。");
            emily.complete(emily.taskFor(other, "triageRequest"), Map.of("outcome", "accept"));
            String translate = emily.taskFor(other, "translateRequest");
            assertThat(emily.call().get("tasks/{id}/candidates", translate).then().statusCode(200).extract()
                    .jsonPath().getList("username", String.class)).contains("emily").doesNotContain("tanaka");
            emily.call().body(Map.of("assignee", "tanaka")).post("tasks/{id}/assignment", translate).then()
                    .statusCode(400).body("errors[0].field", equalTo("assignee"))
                    .body("errors[0].message", containsString(until));

            JsonPath away = team(emily, null);
            assertThat(task(away, "tanaka", held)).containsEntry("atRisk", true).containsEntry("overdue", false);
            assertThat(away.getList("people.find { it.username == 'tanaka' }.absences.id", String.class))
                    .contains(absence);
        } finally {
            recorded.forEach(id -> emily.call().delete("team/absences/{id}", id).then().statusCode(204));
        }
        assertThat(Api.as(base, "emily").call().get("team/absences").then().statusCode(200).extract().jsonPath()
                .getList("person", String.class)).doesNotContain("tanaka");
    }

    @Test
    void anInterpreterAwayOnTheDayOfTheEventIsNotFree() {
        LocalDate day = LocalDate.of(2031, 1, 8).plusWeeks(ThreadLocalRandom.current().nextInt(2500));
        String number = Api.as(base, "sato").call()
                .body(Map.of("type", "interpretation", "sourceLanguage", "ja", "targetLanguages", List.of("en"),
                        "event", Map.of("start", day + "T10:00", "end", day + "T12:00", "timeZone", "Asia/Tokyo",
                                "place", "苫小牧市役所", "mode", "consecutive")))
                .post("requests").then().statusCode(201).extract().<String>path("number");
        Api emily = Api.as(base, "emily");
        String absence = emily.call().body(Map.of("person", "tanaka", "from", day.toString(), "to", day.toString()))
                .post("team/absences").then().statusCode(201).extract().path("id");
        try {
            JsonPath choices = emily.call().queryParam("number", number).get("interpreting/interpreters").then()
                    .statusCode(200).extract().jsonPath();

            assertThat(choices.getMap("find { it.username == 'tanaka' }"))
                    .containsEntry("free", false).containsEntry("away", true);
            assertThat(choices.getMap("find { it.username == 'emily' }")).containsEntry("away", false);
        } finally {
            emily.call().delete("team/absences/{id}", absence).then().statusCode(204);
        }
    }

    @Test
    void aPersonRecordsAndRemovesTheirOwnAbsenceOnlyAndOnlyTheOfficeSeesTheTeam() {
        Api lin = Api.as(base, "lin");
        String day = LocalDate.of(2032, 3, 1).plusDays(ThreadLocalRandom.current().nextInt(2500)).toString();

        String own = lin.call().body(Map.of("from", day, "to", day)).post("team/absences").then().statusCode(201)
                .body("person", equalTo("lin")).extract().path("id");
        try {
            lin.call().body(Map.of("person", "tanaka", "from", day, "to", day)).post("team/absences").then()
                    .statusCode(403);
            assertThat(lin.call().queryParam("from", day).get("team/absences").then().statusCode(200).extract()
                    .jsonPath().getList("person", String.class)).containsOnly("lin");
            lin.call().get("team").then().statusCode(403);
            Api.as(base, "sato").call().get("team").then().statusCode(403);
            Api.as(base, "watanabe").call().get("team").then().statusCode(200);
        } finally {
            lin.call().delete("team/absences/{id}", own).then().statusCode(204);
        }
        lin.call().delete("team/absences/{id}", own).then().statusCode(404);
    }

    @Test
    void aDateThatIsNoneOrALastDayBeforeTheFirstIsRefusedNamingItsField() {
        Api emily = Api.as(base, "emily");

        emily.call().queryParam("week", "2026-13-01").get("team").then().statusCode(400)
                .body("errors[0].field", equalTo("week"));
        emily.call().queryParam("from", "someday").get("team/absences").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        emily.call().body(Map.of("person", "tanaka", "from", "2031-05-10", "to", "2031-05-01"))
                .post("team/absences").then().statusCode(400).body("errors[0].field", equalTo("to"));
        emily.call().body(Map.of("person", "tanaka", "to", "2031-05-01")).post("team/absences").then()
                .statusCode(400).body("errors[0].field", equalTo("from"));
        emily.call().body(Map.of("person", "nobody", "from", "2031-05-01", "to", "2031-05-01"))
                .post("team/absences").then().statusCode(400).body("errors[0].field", equalTo("person"));
    }

    private static JsonPath team(Api caller, String week) {
        return (week == null ? caller.call() : caller.call().queryParam("week", week)).get("team").then()
                .statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> task(JsonPath team, String username, String taskId) {
        return team.getMap("people.find { it.username == '" + username + "' }.tasks.find { it.id == '" + taskId
                + "' }");
    }

    private static long number(Map<String, Object> values, String name) {
        return ((Number) values.get(name)).longValue();
    }

    /**
     * The load the person's translations and reviews due in the week add up to, in one unit, from the receipts of
     * their requests as the requests answer them.
     */
    private static long expectedLoad(Api caller, JsonPath team, String username, String unit, String measure) {
        Instant from = LocalDate.parse(team.getString("monday")).atStartOfDay(TOKYO).toInstant();
        Instant to = LocalDate.parse(team.getString("sunday")).plusDays(1).atStartOfDay(TOKYO).toInstant();
        List<Map<String, Object>> tasks = team.getList("people.find { it.username == '" + username + "' }.tasks");
        long sum = 0;
        for (Map<String, Object> task : tasks) {
            Instant due = task.get("due") == null ? null : Instant.parse((String) task.get("due"));
            if (!List.of("translateRequest", "reviewTranslation").contains((String) task.get("taskKey"))
                    || due == null || due.isBefore(from) || !due.isBefore(to)) {
                continue;
            }
            JsonPath request = caller.request((String) task.get("requestNumber"));
            if (unit.equals(request.getString("receipt.unit"))) {
                sum += request.getLong("receipt." + measure);
            }
        }
        return sum;
    }
}
