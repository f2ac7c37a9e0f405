package org.kakehashi.it;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** The REST API as one person calls it (temporary header identification). */
public final class Api {

    private final URL base;
    private final String user;
    private final String roles;
    private final String department;

    private Api(URL base, String user, String roles, String department) {
        this.base = base;
        this.user = user;
        this.roles = roles;
        this.department = department;
    }

    public static Api as(URL base, String user, String roles, String department) {
        return new Api(base, user, roles, department);
    }

    public RequestSpecification call() {
        RequestSpecBuilder spec = new RequestSpecBuilder()
                .setBaseUri(base.toString())
                .setBasePath("api")
                .setContentType(ContentType.JSON)
                .addHeader("X-Kakehashi-User", user)
                .addHeader("X-Kakehashi-Roles", roles);
        if (department != null) {
            spec.addHeader("X-Kakehashi-Department", department);
        }
        return given().spec(spec.build());
    }

    /** Submits a ja→en translation request and returns its number. */
    public String submit(String text) {
        return submit(text, List.of("en"));
    }

    /** Submits a translation from Japanese into the target languages and returns its number. */
    public String submit(String text, List<String> targets) {
        return call().body(Map.of("sourceLanguage", "ja", "targetLanguages", targets, "text", text,
                        "wantedBy", LocalDate.now().plusDays(20).toString()))
                .post("requests")
                .then().statusCode(201)
                .extract().path("number");
    }

    /** The id of this person's open task of the given kind on the request. */
    public String taskFor(String requestNumber, String taskKey) {
        return taskFor(requestNumber, taskKey, null);
    }

    /** The same, for the job of one target language. */
    public String taskFor(String requestNumber, String taskKey, String target) {
        List<Map<String, Object>> tasks = call().get("tasks").then().statusCode(200).extract().jsonPath().getList("");
        return tasks.stream()
                .filter(t -> requestNumber.equals(t.get("requestNumber")) && taskKey.equals(t.get("taskKey")))
                .filter(t -> target == null || ((List<?>) t.get("targetLanguages")).contains(target))
                .map(t -> (String) t.get("id"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(user + " has no " + taskKey + " task for " + requestNumber
                        + " among " + tasks));
    }

    public void complete(String taskId, Map<String, Object> form) {
        call().body(form).post("tasks/{id}/complete", taskId).then().statusCode(204);
    }

    public JsonPath request(String number) {
        return call().get("requests/{number}", number).then().statusCode(200).extract().jsonPath();
    }

    /** Polls the request until it reaches the status: steps after a commit, such as delivery, run as jobs. */
    public JsonPath awaitStatus(String number, String status) throws InterruptedException {
        return awaitStatus(number, status, Duration.ofSeconds(30));
    }

    /** The same, for steps that wait on a timer: the job executor polls for due jobs every few seconds. */
    public JsonPath awaitStatus(String number, String status, Duration patience) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        JsonPath request = request(number);
        while (!status.equals(request.getString("status")) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            request = request(number);
        }
        return request;
    }
}
