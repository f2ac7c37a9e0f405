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
import java.util.concurrent.ConcurrentHashMap;

import static io.restassured.RestAssured.given;

/** The REST API as one person of {@link TestOffice} calls it, logged in with a session of their own. */
public final class Api {

    static final String SESSION_COOKIE = "KAKEHASHI_SESSION";

    /** Logged-in sessions by base URL and user, checked before reuse: a test may have ended or aged one. */
    private static final Map<String, Session> SESSIONS = new ConcurrentHashMap<>();

    private record Session(String cookie, String csrfToken) {
    }

    private final URL base;
    private final String user;

    private Api(URL base, String user) {
        this.base = base;
        this.user = user;
    }

    /** The person of {@link TestOffice}, logged in with the test password. */
    public static Api as(URL base, String user) {
        return new Api(base, user);
    }

    /** A call in this person's session, with the session's anti-forgery token. */
    public RequestSpecification call() {
        Session session = session();
        return given().spec(new RequestSpecBuilder()
                .setBaseUri(base.toString())
                .setBasePath("api")
                .setContentType(ContentType.JSON)
                .addCookie(SESSION_COOKIE, session.cookie())
                .addHeader("X-CSRF-Token", session.csrfToken())
                .build());
    }

    private Session session() {
        String key = base + " " + user;
        Session cached = SESSIONS.get(key);
        if (cached != null && anonymous().cookie(SESSION_COOKIE, cached.cookie()).get("session").statusCode() == 200) {
            return cached;
        }
        Session fresh = logIn(base, user, TestOffice.PASSWORD);
        SESSIONS.put(key, fresh);
        return fresh;
    }

    /** Logs in and answers the session cookie and the anti-forgery token. */
    private static Session logIn(URL base, String user, String password) {
        var response = given().baseUri(base.toString()).basePath("api").contentType(ContentType.JSON)
                .body(Map.of("username", user, "password", password))
                .post("session")
                .then().statusCode(200)
                .extract();
        return new Session(response.cookie(SESSION_COOKIE), response.path("csrfToken"));
    }

    /** A call without any session, as a citizen or an attacker makes it. */
    public RequestSpecification anonymous() {
        return anonymous(base);
    }

    public static RequestSpecification anonymous(URL base) {
        return given().baseUri(base.toString()).basePath("api").contentType(ContentType.JSON);
    }

    /**
     * A call without a session from a citizen at {@code address}, as the city's load balancer forwards it (the
     * tests' server trusts 127.0.0.1 as its proxy): each test class that fills in the public form is a citizen of
     * its own, so that one class's use of the hourly allowance does not hold up another's.
     */
    public static RequestSpecification citizen(URL base, String address) {
        return anonymous(base).header("X-Forwarded-For", address);
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
        List<Map<String, Object>> tasks = call().queryParam("request", requestNumber).queryParam("step", taskKey)
                .get("tasks").then().statusCode(200).extract().jsonPath().getList("tasks");
        return tasks.stream()
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
