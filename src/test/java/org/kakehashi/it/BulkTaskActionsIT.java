package org.kakehashi.it;

import io.restassured.path.json.JsonPath;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The coordinator claims, gives or moves the due date of several tasks at once: each task's outcome is told in the
 * order given, one refused leaving the others done; a moved due date takes the task's timers along and its reason
 * goes on the timeline; only the office may, and an action wrong in itself is refused whole, naming its field.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BulkTaskActionsIT {

    private static final ZoneId CITY = ZoneId.of("Asia/Tokyo");

    @ArquillianResource
    URL base;

    private JsonPath bulk(Api caller, Map<String, Object> form) {
        return caller.call().header("Accept-Language", "en").body(form).post("tasks/bulk")
                .then().statusCode(200).extract().jsonPath();
    }

    private String triage(String number) {
        return Api.as(base, "emily").taskFor(number, "triageRequest");
    }

    @Test
    void aClaimOfThreeTasksOneHeldByAColleagueClaimsTheOtherTwoAndTellsTheConflict() {
        Api sato = Api.as(base, "sato");
        String first = triage(sato.submit("住民票の写しの請求方法です。"));
        String held = triage(sato.submit("印鑑登録の手続きについて。"));
        String third = triage(sato.submit("戸籍謄本の郵送請求について。"));
        Api tanaka = Api.as(base, "tanaka");
        tanaka.call().post("tasks/{id}/claim", held).then().statusCode(204);

        Api emily = Api.as(base, "emily");
        JsonPath outcomes = bulk(emily, Map.of("action", "claim", "tasks", List.of(first, held, third)));

        assertThat(outcomes.getList("task", String.class)).containsExactly(first, held, third);
        assertThat(outcomes.getList("done", Boolean.class)).containsExactly(true, false, true);
        assertThat(outcomes.getList("status", Integer.class)).containsExactly(204, 409, 204);
        assertThat(outcomes.getString("[1].detail")).contains("already claimed by tanaka");
        emily.call().get("tasks/{id}", first).then().statusCode(200).body("assignee", equalTo("emily"));
        emily.call().get("tasks/{id}", third).then().statusCode(200).body("assignee", equalTo("emily"));
        tanaka.call().get("tasks/{id}", held).then().statusCode(200).body("assignee", equalTo("tanaka"));
    }

    @Test
    void tasksGivenToAColleagueAreTheirsAndOneHeldAlreadyWantsAReason() {
        Api sato = Api.as(base, "sato");
        String number = sato.submit("児童手当の申請について。");
        String open = triage(number);
        String another = triage(sato.submit("保育園の入園申込みについて。"));
        String heldByEmily = triage(sato.submit("予防接種の予約について。"));
        Api emily = Api.as(base, "emily");
        emily.call().post("tasks/{id}/claim", heldByEmily).then().statusCode(204);

        JsonPath outcomes = bulk(emily, Map.of("action", "assign", "assignee", "tanaka",
                "tasks", List.of(open, another, heldByEmily)));

        assertThat(outcomes.getList("status", Integer.class)).containsExactly(204, 204, 400);
        assertThat(outcomes.getString("[2].detail")).contains("Say why");
        Api tanaka = Api.as(base, "tanaka");
        tanaka.call().get("tasks/{id}", open).then().statusCode(200).body("assignee", equalTo("tanaka"));
        tanaka.call().get("tasks/{id}", another).then().statusCode(200).body("assignee", equalTo("tanaka"));
        emily.call().get("tasks/{id}", heldByEmily).then().statusCode(200).body("assignee", equalTo("emily"));
        assertThat(emily.request(number).getList("timeline.findAll { it.event == 'TASK_ASSIGNED' }.note",
                String.class)).containsExactly("triageRequest: tanaka");
    }

    @Test
    void aMovedDueDateTakesTheTasksTimersAlongAndItsReasonGoesOnTheTimeline() {
        String number = Api.as(base, "sato").submit("粗大ごみの出し方が変わります。");
        String task = triage(number);
        Api emily = Api.as(base, "emily");
        Instant due = Instant.parse(emily.call().get("tasks/{id}", task).then().statusCode(200).extract().path("due"));
        List<Instant> timers = timers(emily, task);
        assertThat(timers).as("the reminder and the escalation").hasSize(2);
        LocalDate day = LocalDate.now(CITY).plusDays(20);

        JsonPath outcomes = bulk(emily, Map.of("action", "move-due", "tasks", List.of(task), "due", day.toString(),
                "reason", "The department asked for the weekend"));

        assertThat(outcomes.getList("done", Boolean.class)).containsExactly(true);
        Instant moved = day.plusDays(1).atStartOfDay(CITY).minusSeconds(1).toInstant();
        emily.call().get("tasks/{id}", task).then().statusCode(200).body("due", equalTo(moved.toString()));
        Duration by = Duration.between(due, moved);
        assertThat(timers(emily, task)).containsExactly(timers.get(0).plus(by), timers.get(1).plus(by));
        assertThat(emily.request(number).getList("timeline.findAll { it.event == 'TASK_DUE_MOVED' }.note",
                String.class)).containsExactly("triageRequest: " + LocalDate.ofInstant(due, CITY) + " → " + day
                + " — The department asked for the weekend");
    }

    private static List<Instant> timers(Api caller, String task) {
        return caller.call().get("test/tasks/{id}/timers", task).then().statusCode(200).extract().jsonPath()
                .getList("$", String.class).stream().map(Instant::parse).toList();
    }

    @Test
    void aRequesterMayNotActOnSeveralTasks() {
        String task = triage(Api.as(base, "sato").submit("市民プールの営業時間です。"));

        Api.as(base, "sato").call().body(Map.of("action", "claim", "tasks", List.of(task))).post("tasks/bulk")
                .then().statusCode(403);
        Api.as(base, "emily").call().get("tasks/{id}", task).then().statusCode(200).body("assignee", equalTo(null));
    }

    @Test
    void anActionWrongInItselfIsRefusedWholeNamingItsField() {
        String task = triage(Api.as(base, "sato").submit("図書館の蔵書点検のお知らせ。"));
        Api emily = Api.as(base, "emily");

        refusedOn(emily, Map.of("action", "claim", "tasks", List.of()), "tasks");
        refusedOn(emily, Map.of("action", "complete", "tasks", List.of(task)), "action");
        refusedOn(emily, Map.of("action", "move-due", "tasks", List.of(task),
                "due", LocalDate.now(CITY).minusDays(1).toString(), "reason", "too late"), "due");
        refusedOn(emily, Map.of("action", "move-due", "tasks", List.of(task),
                "due", LocalDate.now(CITY).plusDays(5).toString()), "reason");
        refusedOn(emily, Map.of("action", "assign", "tasks", List.of(task)), "assignee");
        emily.call().get("tasks/{id}", task).then().statusCode(200).body("assignee", equalTo(null));
    }

    private static void refusedOn(Api caller, Map<String, Object> form, String field) {
        caller.call().body(form).post("tasks/bulk").then().statusCode(400).body("errors[0].field", equalTo(field));
    }
}
