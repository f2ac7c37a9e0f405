package org.kakehashi.it.browser;

import io.restassured.path.json.JsonPath;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kakehashi.it.Api;
import org.kakehashi.it.TestOffice;
import org.openqa.selenium.By;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Markup typed into any text field is shown as the text it is, on every page that shows the field: it never
 * becomes an element and never runs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
class StoredScriptBrowserIT {

    /** This test's citizen, behind the city's load balancer. */
    private static final String CITIZEN = "203.0.113.13";

    private static final String PAYLOAD = "<img src=x onerror=\"window.xss=true\"><svg onload=\"window.xss=true\">"
            + "<script>window.xss=true</script>";

    @ArquillianResource
    URL base;

    @Test
    void aQuestionAndAnswerWithMarkupShowAsTextInTheRequestTimeline() throws Exception {
        Api sato = Api.as(base, "sato");
        Api emily = Api.as(base, "emily");
        String number = sato.submit("お知らせ" + PAYLOAD);
        emily.complete(emily.taskFor(number, "triageRequest"), Map.of("outcome", "ask", "comment", "質問" + PAYLOAD));
        sato.call().body(Map.of("text", "回答" + PAYLOAD)).post("requests/{n}/answer", number).then().statusCode(200);

        try (Browser browser = Browser.open(base, "aQuestionAndAnswerWithMarkupShowAsTextInTheRequestTimeline")) {
            browser.logIn("sato", TestOffice.PASSWORD).go("request.html?number=" + number);
            String timeline = browser.textOnceItContains(By.id("timeline"), "回答<img");
            assertThat(timeline).contains("質問" + PAYLOAD);
            assertThat(browser.ranOrBuiltInjectedMarkup()).isFalse();

            browser.go("tasks.html");
            browser.textOnceItContains(By.id("identity"), "佐藤");
            assertThat(browser.ranOrBuiltInjectedMarkup()).isFalse();
        }
    }

    @Test
    void aPersonsNameWithMarkupShowsAsTextOnTheAdministrationPage() throws Exception {
        String username = "xss" + System.nanoTime() % 100_000;
        Api.as(base, "admin").call()
                .body(Map.of("username", username, "displayName", "名前" + PAYLOAD, "department", "sougou-fukushi",
                        "roles", List.of("requester")))
                .post("admin/people").then().statusCode(201);

        try (Browser browser = Browser.open(base, "aPersonsNameWithMarkupShowsAsTextOnTheAdministrationPage")) {
            browser.logIn("admin", TestOffice.PASSWORD).go("admin.html");
            assertThat(browser.textOnceItContains(By.id("people"), username)).contains("名前" + PAYLOAD);
            assertThat(browser.ranOrBuiltInjectedMarkup()).isFalse();
        }
    }

    @Test
    void theCoordinatorsQuestionWithMarkupShowsAsTextBehindTheStatusLink() throws Exception {
        String token = Api.citizen(base, CITIZEN).get("public/form-token").then().statusCode(200)
                .extract().path("formToken");
        Thread.sleep(3_200);
        JsonPath receipt = Api.citizen(base, CITIZEN)
                .body(Map.of("name", "名前" + PAYLOAD, "sourceLanguage", "ja", "targetLanguage", "en",
                        "text", "文章" + PAYLOAD, "wantedBy", LocalDate.now().plusDays(30).toString(),
                        "formToken", token))
                .post("public/requests").then().statusCode(201).extract().jsonPath();
        Api emily = Api.as(base, "emily");
        emily.complete(emily.taskFor(receipt.getString("number"), "triageRequest"),
                Map.of("outcome", "ask", "comment", "質問" + PAYLOAD));

        try (Browser browser = Browser.open(base, "theCoordinatorsQuestionWithMarkupShowsAsTextBehindTheStatusLink")) {
            browser.go(receipt.getString("statusPage"));
            assertThat(browser.textOnceItContains(By.id("question"), "質問")).isEqualTo("質問" + PAYLOAD);
            assertThat(browser.ranOrBuiltInjectedMarkup()).isFalse();
        }
    }
}
