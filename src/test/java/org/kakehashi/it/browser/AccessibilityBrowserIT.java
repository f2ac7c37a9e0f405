package org.kakehashi.it.browser;

import io.restassured.path.json.JsonPath;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kakehashi.it.Api;
import org.kakehashi.it.Deployments;
import org.kakehashi.it.TestOffice;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page, once its data is in, against axe-core's WCAG 2.1 A and AA rules (the level of Japan's public-sector
 * standard JIS X 8341-3 AA): no violations.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
class AccessibilityBrowserIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyPageMeetsWcag21AA() throws Exception {
        String number = Api.as(base, "sato").submit("図書館の利用案内");
        String statusPage = citizenStatusPage();
        List<String> violations = new ArrayList<>();
        try (Browser browser = Browser.open(base, "everyPageMeetsWcag21AA")) {
            check(browser.go("login.html"), "login.html", By.id("login-form"), violations);
            check(browser.go("public.html"), "public.html", By.cssSelector("#targetLanguage option"), violations);
            check(browser.go(statusPage), "status.html", By.cssSelector("#steps li"), violations);

            browser.logIn("sato", TestOffice.PASSWORD);
            check(browser.go("index.html"), "index.html", By.cssSelector("#targetLanguages option"), violations);
            check(browser.go("requests.html"), "requests.html", By.cssSelector("#requests tr"), violations);
            check(browser.go("request.html?number=" + number), "request.html", By.cssSelector("#timeline li"),
                    violations);

            browser.logIn("emily", TestOffice.PASSWORD);
            check(browser.go("tasks.html"), "tasks.html", By.cssSelector("#tasks tr"), violations);
            check(browser.go("reports.html"), "reports.html", By.cssSelector("#table-months tbody tr"), violations);

            browser.logIn("aroha", TestOffice.PASSWORD);
            check(browser.go("partner.html"), "partner.html", By.cssSelector("#identity button"), violations);

            browser.logIn("admin", TestOffice.PASSWORD);
            check(browser.go("admin.html"), "admin.html", By.cssSelector("#people tr"), violations);
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theCheckFindsAnImageWithoutText() throws Exception {
        try (Browser browser = Browser.open(base, "theCheckFindsAnImageWithoutText")) {
            browser.go("login.html").await(By.id("login-form"));
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.querySelector('main').append(document.createElement('img'));");

            assertThat(browser.accessibilityViolations()).anySatisfy(v -> assertThat(v).startsWith("image-alt"));
        }
    }

    private static void check(Browser browser, String page, By loaded, List<String> violations) throws Exception {
        browser.await(loaded);
        browser.accessibilityViolations().forEach(v -> violations.add(page + ": " + v));
    }

    private String citizenStatusPage() throws InterruptedException {
        String token = Api.anonymous(base).get("public/form-token").then().statusCode(200).extract().path("formToken");
        Thread.sleep(3_200);
        JsonPath receipt = Api.anonymous(base)
                .body(Map.of("name", "山田花子", "sourceLanguage", "ja", "targetLanguage", "en", "text", "ごみの出し方",
                        "wantedBy", LocalDate.now().plusDays(30).toString(), "formToken", token))
                .post("public/requests").then().statusCode(201).extract().jsonPath();
        return receipt.getString("statusPage");
    }
}
