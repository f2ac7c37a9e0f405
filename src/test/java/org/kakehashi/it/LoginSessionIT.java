package org.kakehashi.it;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Login sessions in the database: the cookie is the session, a logout kills every copy of it, a forged cookie is
 * nobody, each session has its own anti-forgery token, no servlet session is ever opened, and sessions end after
 * half an hour idle or twelve hours after the login, however busy — time made to pass by {@link SessionClock}.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoginSessionIT {

    private static final String PROBLEM_JSON = "application/problem+json";
    /** The sessions of the people whose time passes, from their login to the test that looks at them again. */
    private static final Map<String, Login> AGING = new ConcurrentHashMap<>();

    private record Login(String cookie, String csrfToken, List<String> setCookies) {
    }

    @ArquillianResource
    URL base;
    @Inject
    SessionClock clock;

    private Login logIn(String username) {
        return logIn(username, null);
    }

    /** Logs in, presenting the session the browser already has, if any, as a browser would. */
    private Login logIn(String username, Login before) {
        var call = Api.anonymous(base).body(Map.of("username", username, "password", TestOffice.PASSWORD));
        if (before != null) {
            call.cookie(Api.SESSION_COOKIE, before.cookie()).header("X-CSRF-Token", before.csrfToken());
        }
        ExtractableResponse<Response> login = call.post("session").then().statusCode(200).extract();
        return new Login(login.cookie(Api.SESSION_COOKIE), login.path("csrfToken"),
                login.headers().getValues("Set-Cookie"));
    }

    private int sessionStatus(String cookie) {
        return Api.anonymous(base).cookie(Api.SESSION_COOKIE, cookie).get("session").statusCode();
    }

    private void addPerson(String username) {
        int status = Api.as(base, "admin").call()
                .body(Map.of("username", username, "displayName", username, "department", "gyousei-kanri",
                        "roles", List.of("requester"), "password", TestOffice.PASSWORD))
                .post("admin/people").statusCode();
        assertThat(status).as("added, or there from an earlier run on the same database").isIn(201, 409);
    }

    private Map<String, Object> requestForm() {
        return Map.of("sourceLanguage", "ja", "targetLanguages", List.of("en"), "text", "市役所",
                "wantedBy", LocalDate.now().plusDays(30).toString());
    }

    @Test
    @RunAsClient
    void theCookieIsTheSessionAndALogoutKillsEveryCopyOfIt() {
        Login login = logIn("suzuki");
        String copy = login.cookie();

        ExtractableResponse<Response> current = Api.anonymous(base).cookie(Api.SESSION_COOKIE, login.cookie())
                .get("session").then().statusCode(200).extract();
        assertThat(current.<String>path("username")).isEqualTo("suzuki");
        assertThat(current.<String>path("csrfToken")).isEqualTo(login.csrfToken());
        List<String> logout = Api.anonymous(base).cookie(Api.SESSION_COOKIE, login.cookie())
                .header("X-CSRF-Token", login.csrfToken())
                .delete("session").then().statusCode(204).extract().headers().getValues("Set-Cookie");

        assertThat(logout).singleElement().asString()
                .matches(Api.SESSION_COOKIE + "=(\"\")?;.*")
                .containsIgnoringCase("Expires=Thu, 01-Jan-1970 00:00:00 GMT");
        Api.anonymous(base).cookie(Api.SESSION_COOKIE, copy).get("session")
                .then().statusCode(401).contentType(PROBLEM_JSON);
        Api.anonymous(base).cookie(Api.SESSION_COOKIE, copy).get("tasks")
                .then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    @RunAsClient
    void aForgedOrUnknownCookieIsNobody() {
        String wellFormed = "A".repeat(43);
        for (String forged : List.of(wellFormed, "not-a-session", "")) {
            Api.anonymous(base).cookie(Api.SESSION_COOKIE, forged).get("session")
                    .then().statusCode(401).contentType(PROBLEM_JSON);
            Api.anonymous(base).cookie(Api.SESSION_COOKIE, forged).get("requests")
                    .then().statusCode(401).contentType(PROBLEM_JSON);
            Api.anonymous(base).cookie(Api.SESSION_COOKIE, forged).get("languages").then().statusCode(200);
            Api.anonymous(base).cookie(Api.SESSION_COOKIE, forged)
                    .body(Map.of("text", "市役所", "language", "ja")).post("counting").then().statusCode(200);
        }
    }

    @Test
    @RunAsClient
    void aLoginIssuesANewSessionAndEndsTheOneTheBrowserCameWith() {
        Login first = logIn("suzuki");
        Login second = logIn("suzuki", first);

        assertThat(second.cookie()).isNotEqualTo(first.cookie()).hasSize(43);
        assertThat(second.csrfToken()).isNotEqualTo(first.csrfToken()).hasSize(43);
        assertThat(sessionStatus(first.cookie())).isEqualTo(401);
        assertThat(sessionStatus(second.cookie())).isEqualTo(200);
    }

    @Test
    @RunAsClient
    void aStateChangeMustCarryTheTokenOfItsOwnSession() {
        Login sato = logIn("sato");
        Login satoElsewhere = logIn("sato");

        ExtractableResponse<Response> refused = Api.anonymous(base).cookie(Api.SESSION_COOKIE, sato.cookie())
                .header("X-CSRF-Token", satoElsewhere.csrfToken())
                .body(requestForm()).post("requests")
                .then().statusCode(403).contentType(PROBLEM_JSON).extract();
        assertThat(refused.<String>path("type")).isEqualTo("urn:kakehashi:problem:csrf.token-missing");
        Api.anonymous(base).cookie(Api.SESSION_COOKIE, sato.cookie())
                .header("X-CSRF-Token", sato.csrfToken())
                .body(requestForm()).post("requests")
                .then().statusCode(201);
    }

    @Test
    @RunAsClient
    void theSessionCookieIsTheOnlyCookieAndNoServletSessionIsOpened() {
        Login login = logIn("sato");
        List<String> setCookies = new ArrayList<>(login.setCookies());
        for (String path : List.of("/api/session", "/api/tasks", "/api/requests", "/index.html", "/login.html")) {
            setCookies.addAll(Api.anonymous(base).basePath("").cookie(Api.SESSION_COOKIE, login.cookie())
                    .get(path).then().statusCode(200).extract().headers().getValues("Set-Cookie"));
        }
        setCookies.addAll(Api.anonymous(base).cookie(Api.SESSION_COOKIE, login.cookie())
                .header("X-CSRF-Token", login.csrfToken()).body(requestForm()).post("requests")
                .then().statusCode(201).extract().headers().getValues("Set-Cookie"));

        assertThat(setCookies).singleElement().asString()
                .startsWith(Api.SESSION_COOKIE + "=" + login.cookie() + ";")
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax")
                .containsPattern("(?i);\\s*path=/(;|$)")
                .doesNotContainIgnoringCase("Max-Age")
                .doesNotContainIgnoringCase("Secure");
    }

    @Test
    @RunAsClient
    void aClosedAccountsSessionStopsAtOnce() {
        String username = "goto-" + UUID.randomUUID().toString().substring(0, 8);
        addPerson(username);
        Login login = logIn(username);
        assertThat(sessionStatus(login.cookie())).isEqualTo(200);

        Api.as(base, "admin").call().delete("admin/people/{username}", username).then().statusCode(204);

        assertThat(sessionStatus(login.cookie())).isEqualTo(401);
    }

    @Test
    @RunAsClient
    void aPasswordSetAnewEndsEverySessionOpenedWithTheOldOne() {
        String username = "ueda-" + UUID.randomUUID().toString().substring(0, 8);
        addPerson(username);
        Login office = logIn(username);
        Login home = logIn(username);
        String newPassword = "kawa-no-nagare-2026";

        Api.as(base, "admin").call().body(Map.of("password", newPassword))
                .put("admin/people/{username}/password", username).then().statusCode(204);

        assertThat(sessionStatus(office.cookie())).isEqualTo(401);
        assertThat(sessionStatus(home.cookie())).isEqualTo(401);
        Api.anonymous(base).body(Map.of("username", username, "password", newPassword)).post("session")
                .then().statusCode(200);
    }

    @Test
    @Order(1)
    @RunAsClient
    void threePeopleLogIn() {
        for (String username : List.of("kondo", "ono", "abe")) {
            addPerson(username);
            Login login = logIn(username);
            assertThat(sessionStatus(login.cookie())).isEqualTo(200);
            AGING.put(username, login);
        }
    }

    /** Runs in the server, as the last one does: JUnit's assertions, for the server has no AssertJ. */
    @Test
    @Order(2)
    void kondoLeavesHisDeskOnoStaysAndAbeHasWorkedAllDay() {
        assertTrue(clock.lastUsedAgo("kondo", Duration.ofMinutes(31)) > 0);
        assertTrue(clock.lastUsedAgo("ono", Duration.ofMinutes(29)) > 0);
        assertTrue(clock.lifetimeOver("abe") > 0);
    }

    @Test
    @Order(3)
    @RunAsClient
    void anIdleSessionAndAnOldOneHaveEndedWhileTheOtherGoesOn() {
        assertThat(sessionStatus(AGING.get("kondo").cookie())).isEqualTo(401);
        assertThat(sessionStatus(AGING.get("abe").cookie())).isEqualTo(401);
        assertThat(sessionStatus(AGING.get("ono").cookie())).isEqualTo(200);
        assertThat(sessionStatus(AGING.get("ono").cookie())).isEqualTo(200);

        assertThat(sessionStatus(logIn("kondo").cookie())).isEqualTo(200);
    }

    @Test
    @Order(4)
    void theUseWasRecordedAndTheNextLoginSweptTheEndedSessionsAway() {
        Instant aMinuteAgo = Instant.now().minus(Duration.ofMinutes(1));
        assertTrue(clock.lastUses("ono").stream().anyMatch(lastUse -> lastUse.isAfter(aMinuteAgo)));
        List<Instant> kondos = clock.lastUses("kondo");
        assertEquals(1, kondos.size(), "only the session of kondo's new login");
        assertTrue(kondos.get(0).isAfter(aMinuteAgo));
        assertEquals(List.of(), clock.lastUses("abe"));
    }
}
