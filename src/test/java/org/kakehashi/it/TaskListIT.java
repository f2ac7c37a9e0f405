package org.kakehashi.it;

import io.restassured.path.json.JsonPath;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The task list filtered, sorted, paged and counted by the server. The worklists of the office's coordinators hold
 * every other test's tasks too, so each test works as a coordinator of its own: the tasks they claimed
 * ({@code urgency=mine}) are exactly the test's, and the counts over their whole worklist are compared before and
 * after the test's own steps.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TaskListIT {

    private static final String TRIAGE = "triageRequest";

    @ArquillianResource
    URL base;

    private Api me;

    @BeforeEach
    void aCoordinatorOfTheTestsOwn() {
        String username = "tl" + System.nanoTime() % 1_000_000_000L;
        Api.as(base, "admin").call()
                .body(Map.of("username", username, "displayName", "一覧 太郎", "department", "mirai-souzou",
                        "roles", List.of("coordinator"), "password", TestOffice.PASSWORD))
                .post("admin/people").then().statusCode(201);
        me = Api.as(base, username);
    }

    @Test
    void theCallersTasksAreFilteredSortedAndPaged() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String ukraine = submit(Map.of("targetLanguages", List.of("uk")), 40);
        String both = submit(Map.of("targetLanguages", List.of("uk", "ar")), 20);
        String check = submit(Map.of("type", "checking", "targetLanguages", List.of("ar"),
                "existingTranslations", Map.of("ar", "مرحبا")), 15);
        claimTriage(ukraine, now.plus(Duration.ofDays(3)));
        claimTriage(both, now.minus(Duration.ofHours(2)));
        claimTriage(check, now.plus(Duration.ofHours(6)));

        assertThat(numbers(Map.of())).containsExactly(both, check, ukraine);
        assertThat(numbers(Map.of("sort", "due"))).containsExactly(both, check, ukraine);
        assertThat(numbers(Map.of("sort", "wantedBy"))).containsExactly(check, both, ukraine);
        assertThat(numbers(Map.of("sort", "age"))).containsExactly(ukraine, both, check);

        JsonPath first = list(Map.of("size", "2"));
        assertThat(first.getList("tasks.requestNumber")).containsExactly(both, check);
        assertThat(first.getLong("total")).isEqualTo(3);
        assertThat(first.getInt("page")).isZero();
        assertThat(first.getInt("size")).isEqualTo(2);
        JsonPath second = list(Map.of("size", "2", "page", "1"));
        assertThat(second.getList("tasks.requestNumber")).containsExactly(ukraine);
        assertThat(second.getLong("total")).isEqualTo(3);
        assertThat(list(Map.of("size", "2", "page", "2")).getList("tasks")).isEmpty();

        assertThat(numbers(Map.of("language", "uk"))).containsExactly(both, ukraine);
        assertThat(numbers(Map.of("language", "ar"))).containsExactly(both, check);
        assertThat(numbers(Map.of("language", "en"))).isEmpty();
        assertThat(numbers(Map.of("type", "CHECKING"))).containsExactly(check);
        assertThat(numbers(Map.of("type", "translation"))).containsExactly(both, ukraine);
        assertThat(numbers(Map.of("step", TRIAGE, "language", "ar", "type", "TRANSLATION"))).containsExactly(both);
        assertThat(numbers(Map.of("step", "translateRequest"))).isEmpty();
        assertThat(list(Map.of("language", "uk")).getLong("total")).isEqualTo(2);

        assertThat(only(both, "overdue")).hasSize(1);
        assertThat(only(check, "overdue")).isEmpty();
        assertThat(only(check, "soon")).hasSize(1);
        assertThat(only(both, "soon")).isEmpty();
        assertThat(only(ukraine, "soon")).isEmpty();
        assertThat(only(ukraine, "unclaimed")).isEmpty();

        JsonPath task = me.call().queryParam("request", both).get("tasks").then().statusCode(200).extract().jsonPath();
        assertThat(task.getLong("total")).isEqualTo(1);
        assertThat(task.getString("tasks[0].taskKey")).isEqualTo(TRIAGE);
        assertThat(task.getString("tasks[0].requestType")).isEqualTo("TRANSLATION");
        assertThat(task.getList("tasks[0].targetLanguages")).containsExactly("uk", "ar");
        assertThat(task.getString("tasks[0].wantedBy")).isEqualTo(LocalDate.now().plusDays(20).toString());
        assertThat(task.getList("tasks[0].candidateGroups")).containsExactly("coordinator");
        assertThat(Instant.parse(task.getString("tasks[0].due"))).isEqualTo(now.minus(Duration.ofHours(2)));
        assertThat(task.getList("tasks[0].outcomes")).containsExactly("accept", "reject", "ask");
        assertThat(task.getInt("counts.mine")).isEqualTo(3);
        assertThat(task.getList("choices.steps", String.class)).contains(TRIAGE);
        assertThat(task.getList("choices.targetLanguages", String.class)).contains("uk", "ar");
    }

    @Test
    void theCountsCoverTheWholeWorklistWhateverTheFilter() {
        String claimed = submit(Map.of("targetLanguages", List.of("uk")), 30);
        JsonPath before = list(Map.of());
        String unclaimed = submit(Map.of("targetLanguages", List.of("ar")), 30);
        claimTriage(claimed, Instant.now().minus(Duration.ofDays(1)));
        me.call().contentType("text/plain").body(Instant.now().plus(Duration.ofHours(12)).toString())
                .put("test/tasks/{id}/due", me.taskFor(unclaimed, TRIAGE)).then().statusCode(204);

        JsonPath after = me.call().queryParam("request", claimed).get("tasks").then().statusCode(200)
                .extract().jsonPath();

        assertThat(after.getLong("total")).isEqualTo(1);
        assertThat(after.getLong("counts.steps." + TRIAGE)).isEqualTo(before.getLong("counts.steps." + TRIAGE) + 1);
        assertThat(after.getLong("counts.mine")).isEqualTo(before.getLong("counts.mine") + 1).isEqualTo(1);
        assertThat(after.getLong("counts.unclaimed")).as("one more submitted, one of those before claimed")
                .isEqualTo(before.getLong("counts.unclaimed"));
        assertThat(after.getLong("counts.overdue")).isEqualTo(before.getLong("counts.overdue") + 1);
        assertThat(after.getLong("counts.dueSoon")).isEqualTo(before.getLong("counts.dueSoon") + 1);
        JsonPath whole = me.call().get("tasks").then().statusCode(200).extract().jsonPath();
        assertThat(whole.getLong("total")).isEqualTo(whole.getMap("counts.steps", String.class, Long.class)
                .values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void aJobsTaskIsFoundByItsOwnTargetLanguageNotByTheRequests() {
        String number = submit(Map.of("targetLanguages", List.of("en", "uk")), 30);
        claimTriage(number, Instant.now().plus(Duration.ofDays(2)));
        me.complete(me.taskFor(number, TRIAGE), Map.of("outcome", "accept"));

        JsonPath english = me.call().queryParam("request", number).queryParam("language", "en").get("tasks")
                .then().statusCode(200).extract().jsonPath();
        assertThat(english.getList("tasks.taskKey")).containsExactly("translateRequest");
        assertThat(english.getList("tasks[0].targetLanguages")).containsExactly("en");
        assertThat(me.call().queryParam("request", number).queryParam("language", "uk").get("tasks")
                .then().statusCode(200).extract().jsonPath().getList("tasks")).as("the Ukrainian job is a linguist's")
                .isEmpty();
    }

    @Test
    void aClaimedTaskIsInTheGroupsListButNotInTheOtherCoordinatorsOwn() {
        String number = submit(Map.of("targetLanguages", List.of("uk")), 30);
        String task = claimTriage(number, Instant.now().plus(Duration.ofDays(2)));
        Api tanaka = Api.as(base, "tanaka");

        assertThat(tanaka.call().queryParam("request", number).get("tasks").then().statusCode(200).extract()
                .jsonPath().getList("tasks")).isEmpty();
        assertThat(tanaka.call().queryParam("request", number).queryParam("group", "coordinator").get("tasks")
                .then().statusCode(200).extract().jsonPath().getList("tasks.id")).containsExactly(task);
        assertThat(tanaka.call().queryParam("request", number).queryParam("group", "linguist").get("tasks")
                .then().statusCode(200).extract().jsonPath().getList("tasks")).isEmpty();

        me.call().get("tasks/{id}", task).then().statusCode(200).body("requestNumber", equalTo(number));
        tanaka.call().get("tasks/{id}", task).then().statusCode(404).contentType("application/problem+json");
        Api.as(base, "sato").call().get("tasks/{id}", task).then().statusCode(404);
    }

    @Test
    void aBadParameterIsRefusedNamingIt() {
        Map<String, String> bad = Map.of("step", "approveBudget", "type", "poetry", "language", "english!",
                "urgency", "yesterday", "request", "42", "sort", "created", "page", "-1", "size", "201");
        bad.forEach((parameter, value) -> me.call().queryParam(parameter, value).get("tasks")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(parameter)));
        me.call().header("Accept-Language", "ja").queryParam("size", "1000").get("tasks")
                .then().statusCode(400).body("errors[0].message", containsString("1 から 200 までの整数"));
        me.call().header("Accept-Language", "en").queryParam("urgency", "later").get("tasks")
                .then().statusCode(400).body("errors[0].message", containsString("overdue, soon, mine, unclaimed"));
    }

    /** Submits a translation from Japanese as the requester, wanted in so many days; answers its number. */
    private String submit(Map<String, Object> form, int wantedInDays) {
        Map<String, Object> body = new HashMap<>(Map.of("sourceLanguage", "ja", "text", "市民課からのお知らせ",
                "wantedBy", LocalDate.now().plusDays(wantedInDays).toString()));
        body.putAll(form);
        return Api.as(base, "sato").call().body(body).post("requests").then().statusCode(201).extract().path("number");
    }

    /** The test's coordinator claims the request's triage, due when given; answers the task's id. */
    private String claimTriage(String number, Instant due) {
        String task = me.taskFor(number, TRIAGE);
        me.call().post("tasks/{id}/claim", task).then().statusCode(204);
        me.call().contentType("text/plain").body(due.toString()).put("test/tasks/{id}/due", task)
                .then().statusCode(204);
        return task;
    }

    private JsonPath list(Map<String, String> parameters) {
        Map<String, String> mine = new HashMap<>(parameters);
        mine.put("urgency", "mine");
        return me.call().queryParams(mine).get("tasks").then().statusCode(200).extract().jsonPath();
    }

    /** The request numbers of the test coordinator's own tasks, in the list's order. */
    private List<String> numbers(Map<String, String> parameters) {
        return list(parameters).getList("tasks.requestNumber");
    }

    private List<Object> only(String number, String urgency) {
        return me.call().queryParam("request", number).queryParam("urgency", urgency).get("tasks")
                .then().statusCode(200).extract().jsonPath().getList("tasks");
    }
}
