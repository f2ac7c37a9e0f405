package org.kakehashi.it;

import io.restassured.path.json.JsonPath;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/**
 * A citizen without an account: the public form with its form token and trap field, the secret status link, the
 * coordinator's question answered through it, and the rate limit per client (last, as it uses up the allowance).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CitizenIT {

    /** This test's citizen, behind the city's load balancer. */
    private static final String CITIZEN = "203.0.113.10";

    @ArquillianResource
    URL base;

    private String formToken() {
        return Api.citizen(base, CITIZEN).get("public/form-token").then().statusCode(200).extract().path("formToken");
    }

    private static Map<String, Object> form(String token) {
        Map<String, Object> form = new HashMap<>();
        form.put("name", "Maria Santos");
        form.put("email", "maria@example.org");
        form.put("sourceLanguage", "ja");
        form.put("targetLanguage", "en");
        form.put("text", "国民健康保険の加入手続きについてのお知らせ");
        form.put("wantedBy", LocalDate.now().plusDays(30).toString());
        form.put("formToken", token);
        return form;
    }

    /** A person takes longer than the form's minimum to fill it in. */
    private static void fillInLikeAPerson() throws InterruptedException {
        Thread.sleep(3_200);
    }

    @Test
    @Order(1)
    void aCitizenSubmitsWithoutAnAccountAndFollowsTheStatusLink() throws InterruptedException {
        String token = formToken();
        fillInLikeAPerson();
        JsonPath receipt = Api.citizen(base, CITIZEN).body(form(token)).post("public/requests")
                .then().statusCode(201)
                .body("statusToken", matchesPattern("[A-Za-z0-9_-]{22}"))
                .extract().jsonPath();
        String number = receipt.getString("number");
        String link = receipt.getString("statusToken");

        Api.citizen(base, CITIZEN).header("Accept-Language", "en").get("public/status/{token}", link)
                .then().statusCode(200)
                .body("number", equalTo(number))
                .body("status", equalTo("SUBMITTED"))
                .body("statusText", equalTo("Received; the coordinator will look at it soon."));
        Api.as(base, "emily").call().get("requests/{n}", number).then().statusCode(200);
        Api.as(base, "sato").call().get("requests/{n}", number).then().statusCode(404);
        Api.citizen(base, CITIZEN).get("requests/{n}", number).then().statusCode(401);
    }

    @Test
    @Order(2)
    void theCoordinatorsQuestionIsAnsweredThroughTheStatusLink() throws InterruptedException {
        String token = formToken();
        fillInLikeAPerson();
        JsonPath receipt = Api.citizen(base, CITIZEN).body(form(token)).post("public/requests")
                .then().statusCode(201).extract().jsonPath();
        Api emily = Api.as(base, "emily");
        emily.complete(emily.taskFor(receipt.getString("number"), "triageRequest"),
                Map.of("outcome", "ask", "comment", "提出先はどちらですか？"));

        Api.citizen(base, CITIZEN).get("public/status/{token}", receipt.getString("statusToken"))
                .then().statusCode(200)
                .body("status", equalTo("AWAITING_ANSWER"))
                .body("question", equalTo("提出先はどちらですか？"));
        Api.citizen(base, CITIZEN).body(Map.of("text", "市役所の保険年金課です。"))
                .post("public/status/{token}/answer", receipt.getString("statusToken"))
                .then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
    }

    @Test
    @Order(3)
    void aFormSentFasterThanAPersonCouldOrTwiceOrForgedIsRefused() throws InterruptedException {
        Api.citizen(base, CITIZEN).header("Accept-Language", "en").body(form(formToken())).post("public/requests")
                .then().statusCode(400).body("errors[0].field", equalTo("formToken"));

        String token = formToken();
        fillInLikeAPerson();
        Api.citizen(base, CITIZEN).body(form(token)).post("public/requests").then().statusCode(201);
        Api.citizen(base, CITIZEN).body(form(token)).post("public/requests")
                .then().statusCode(409).body("errors[0].field", equalTo("formToken"));

        String[] parts = token.split("\\.");
        String forged = (Long.parseLong(parts[0]) - 60) + "." + parts[1] + "." + parts[2];
        Api.citizen(base, CITIZEN).body(form(forged)).post("public/requests")
                .then().statusCode(400).body("errors[0].field", equalTo("formToken"));
    }

    @Test
    @Order(4)
    void aFilledInTrapFieldOrAnUnknownLinkGetsNothing() throws InterruptedException {
        String token = formToken();
        fillInLikeAPerson();
        Map<String, Object> bot = form(token);
        bot.put("website", "http://spam.example");
        Api.citizen(base, CITIZEN).body(bot).post("public/requests").then().statusCode(400);

        Api.citizen(base, CITIZEN).get("public/status/{token}", "AAAAAAAAAAAAAAAAAAAAAA").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @Order(5)
    void oneClientSendingTooManyRequestsIsToldToWait() {
        int status = 0;
        for (int i = 0; i < 15 && status != 429; i++) {
            status = Api.citizen(base, CITIZEN).body(form("not-a-token")).post("public/requests").then().extract()
                    .statusCode();
        }
        assertThat(status).isEqualTo(429);
        Api.citizen(base, CITIZEN).header("Accept-Language", "en").body(form("not-a-token")).post("public/requests")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("\\d+"));
    }

    @Test
    @Order(6)
    void behindTheBalancerEachCitizenHasTheirOwnAllowanceAndCannotClaimAnothersAddress() {
        String busy = "203.0.113.20";
        int status = 0;
        for (int i = 0; i < 15 && status != 429; i++) {
            status = Api.citizen(base, busy).body(form("not-a-token")).post("public/requests").then().extract()
                    .statusCode();
        }
        assertThat(status).isEqualTo(429);

        // another citizen behind the same balancer
        Api.citizen(base, "203.0.113.21").body(form("not-a-token")).post("public/requests").then().statusCode(400);
        // a client that sends the header itself, naming a fresh address, is still the busy one
        Api.citizen(base, "198.51.100.1, " + busy).body(form("not-a-token")).post("public/requests")
                .then().statusCode(429);
    }
}
