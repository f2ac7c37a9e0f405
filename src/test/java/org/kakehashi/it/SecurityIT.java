package org.kakehashi.it;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.InetAddress;
import java.net.URL;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Login, sessions, forged requests, security headers and the audit log, as a browser and an attacker meet them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

    private static final String PROBLEM_JSON = "application/problem+json";

    @ArquillianResource
    URL base;

    private ExtractableResponse<Response> logIn(String username, String password) {
        return Api.anonymous(base).header("Accept-Language", "en")
                .body(Map.of("username", username, "password", password))
                .post("session").then().extract();
    }

    @Test
    void aPartnersContactSeesThemselvesAndTheCoordinatorsButNotTheCitysStaff() {
        List<String> seenByPartner = Api.as(base, "aroha").call().get("directory/people")
                .then().statusCode(200).extract().jsonPath().getList("username");
        List<String> seenByStaff = Api.as(base, "sato").call().get("directory/people")
                .then().statusCode(200).extract().jsonPath().getList("username");

        assertThat(seenByPartner).contains("aroha", "emily").doesNotContain("sato", "suzuki", "kimura", "lin");
        assertThat(seenByStaff).contains("sato", "suzuki", "emily", "aroha", "lin");
    }

    @Test
    void withoutLoggingInOnlyThePublicEndpointsAnswer() {
        Api.anonymous(base).get("tasks").then().statusCode(401).contentType(PROBLEM_JSON);
        Api.anonymous(base).get("directory/people").then().statusCode(401).contentType(PROBLEM_JSON);
        Api.anonymous(base).get("requests/2026-00001").then().statusCode(401).contentType(PROBLEM_JSON);
        Api.anonymous(base).get("languages").then().statusCode(200);
        Api.anonymous(base).body(Map.of("text", "市役所", "language", "ja")).post("counting").then().statusCode(200);
    }

    @Test
    void aWrongPasswordAndAnUnknownNameGetTheSameAnswer() {
        ExtractableResponse<Response> wrong = logIn("suzuki", "not-the-password-at-all");
        ExtractableResponse<Response> unknown = logIn("nobody-here", "not-the-password-at-all");

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(wrong.jsonPath().getString("detail")).isEqualTo(unknown.jsonPath().getString("detail"));
        assertThat(wrong.cookie(Api.SESSION_COOKIE)).isNull();
    }

    @Test
    void wrongPasswordsSlowTheirSourceDownWhileTheOwnerLogsInFromTheirOwnMachine() throws Exception {
        for (int i = 1; i <= 4; i++) {
            assertThat(logIn("kimura", "a-wrong-password-" + i).statusCode()).isEqualTo(401);
        }
        Thread.sleep(1_100);
        assertThat(logIn("kimura", "a-wrong-password-5").statusCode()).isEqualTo(401);
        Thread.sleep(2_100);
        assertThat(logIn("kimura", "a-wrong-password-6").statusCode()).isEqualTo(401);

        ExtractableResponse<Response> held = logIn("kimura", TestOffice.PASSWORD);
        assertThat(held.statusCode()).isEqualTo(429);
        assertThat(held.contentType()).startsWith(PROBLEM_JSON);
        assertThat(Integer.parseInt(held.header("Retry-After"))).isBetween(1, 4);

        // the owner's own machine, another address of this host's loopback network
        InetAddress ownMachine = InetAddress.getByName("127.0.0.2");
        Api.anonymous(base).config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.route.local-address", ownMachine)))
                .body(Map.of("username", "kimura", "password", TestOffice.PASSWORD))
                .post("session").then().statusCode(200);

        Thread.sleep(Integer.parseInt(held.header("Retry-After")) * 1_000L + 200);
        assertThat(logIn("kimura", TestOffice.PASSWORD).statusCode()).isEqualTo(200);
        List<String> details = Api.as(base, "admin").call().get("admin/security-events").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.subject == 'kimura' }.detail", String.class);
        assertThat(details).contains("wrong password, 6 in a row from this address")
                .anySatisfy(detail -> assertThat(detail).startsWith("login not tried"));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndANewLoginGetsANewSession() {
        ExtractableResponse<Response> first = logIn("sato", TestOffice.PASSWORD);
        ExtractableResponse<Response> second = logIn("sato", TestOffice.PASSWORD);

        String setCookie = first.header("Set-Cookie");
        assertThat(setCookie).contains(Api.SESSION_COOKIE + "=").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax");
        assertThat(second.cookie(Api.SESSION_COOKIE)).isNotEqualTo(first.cookie(Api.SESSION_COOKIE));
        assertThat(first.jsonPath().getString("csrfToken")).hasSizeGreaterThanOrEqualTo(43);
    }

    @Test
    void aStateChangeWithoutTheSessionsTokenOrFromAnotherSiteIsRefused() {
        ExtractableResponse<Response> login = logIn("sato", TestOffice.PASSWORD);
        String cookie = login.cookie(Api.SESSION_COOKIE);
        Map<String, Object> form = Map.of("sourceLanguage", "ja", "targetLanguages", List.of("en"), "text", "市役所",
                "wantedBy", java.time.LocalDate.now().plusDays(30).toString());

        Api.anonymous(base).cookie(Api.SESSION_COOKIE, cookie).body(form).post("requests")
                .then().statusCode(403).contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:kakehashi:problem:csrf.token-missing"));
        Api.anonymous(base).cookie(Api.SESSION_COOKIE, cookie).header("X-CSRF-Token", "guessed")
                .body(form).post("requests")
                .then().statusCode(403);
        Api.as(base, "sato").call().header("Origin", "https://evil.example").body(form).post("requests")
                .then().statusCode(403).body("type", equalTo("urn:kakehashi:problem:csrf.foreign-origin"));

        Api.as(base, "sato").call().header("Origin", base.getProtocol() + "://" + base.getAuthority())
                .body(form).post("requests")
                .then().statusCode(201);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String path : List.of("/api/languages", "/index.html", "/api/tasks")) {
            Api.anonymous(base).basePath("").get(path).then()
                    .header("Content-Security-Policy", containsString("default-src 'self'"))
                    .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("Referrer-Policy", equalTo("no-referrer"));
        }
    }

    @Test
    void aRoleTakenAwayIsGoneOnTheNextRequestAndTheChangeIsAudited() {
        Api admin = Api.as(base, "admin");
        admin.call().body(Map.of("username", "ito", "displayName", "伊藤", "department", "mirai-souzou",
                        "roles", List.of("coordinator"), "password", TestOffice.PASSWORD))
                .post("admin/people").then().statusCode(201).body("hasPassword", equalTo(true));
        Api ito = Api.as(base, "ito");
        ito.call().get("tasks").then().statusCode(200);

        admin.call().body(Map.of("username", "ito", "displayName", "伊藤", "department", "mirai-souzou",
                        "roles", List.of("requester")))
                .put("admin/people/ito").then().statusCode(200);

        ito.call().get("admin/people").then().statusCode(403);
        admin.call().get("admin/security-events").then().statusCode(200)
                .body("findAll { it.subject == 'ito' }.kind", hasItem("ROLES_CHANGED"))
                .body("findAll { it.subject == 'ito' }.kind", hasItem("ACCESS_REFUSED"));
    }

    @Test
    void aShortPasswordIsRefusedNamingTheField() {
        Api.as(base, "admin").call().header("Accept-Language", "en")
                .body(Map.of("password", "short"))
                .put("admin/people/suzuki/password")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("password"));
    }

    @Test
    void onlyAnAdministratorSeesTheAdministration() {
        Api.as(base, "emily").call().get("admin/people").then().statusCode(403).contentType(PROBLEM_JSON);
        Api.as(base, "admin").call().get("admin/people").then().statusCode(200)
                .body("username", hasItem("emily"));
    }
}
