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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page, once its data is in, in Japanese and in English: against axe-core's WCAG 2.1 A and AA rules (the
 * level of Japan's public-sector standard JIS X 8341-3 AA), for labels left untranslated, and on a phone's
 * screen. Each page is photographed under {@code target/screenshots} on every run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
class AccessibilityBrowserIT {

    /** This test's citizen, behind the city's load balancer. */
    private static final String CITIZEN = "203.0.113.12";

    @ArquillianResource
    URL base;

    /** What is checked on a page once its data is in; answers what is wrong with it, nothing when all is well. */
    @FunctionalInterface
    private interface Inspection {
        List<String> of(Browser browser) throws Exception;
    }

    @Test
    void everyPageMeetsWcag21AAInJapanese() throws Exception {
        assertThat(tour("ja", null, Browser::accessibilityViolations)).isEmpty();
    }

    @Test
    void everyPageMeetsWcag21AAInEnglish() throws Exception {
        assertThat(tour("en", null, Browser::accessibilityViolations)).isEmpty();
    }

    @Test
    void inEnglishNoPageShowsAJapaneseLabelOrAMessageKey() throws Exception {
        assertThat(tour("en", null, AccessibilityBrowserIT::untranslatedLabels)).isEmpty();
    }

    @Test
    void everyPageFitsAPhoneScreenWithoutScrollingSideways() throws Exception {
        assertThat(tour("ja", new Dimension(390, 844), AccessibilityBrowserIT::sidewaysOverflow)).isEmpty();
    }

    /**
     * Visits every page as the person who uses it, in the language, inspects each once its data is in and
     * photographs it; answers the findings, each prefixed with its page.
     */
    private List<String> tour(String language, Dimension window, Inspection inspection) throws Exception {
        Api sato = Api.as(base, "sato");
        String number = sato.submit("図書館の利用案内");
        Api emily = Api.as(base, "emily");
        String triage = emily.taskFor(number, "triageRequest");
        emily.call().post("tasks/{id}/claim", triage).then().statusCode(204);
        String translated = sato.submit("図書館は月曜日が休館です。祝日の翌日も休みます。");
        emily.complete(emily.taskFor(translated, "triageRequest"), Map.of("outcome", "accept"));
        String translation = emily.taskFor(translated, "translateRequest");
        String statusPage = citizenStatusPage();
        String name = "tour-" + language + (window == null ? "" : "-" + window.getWidth() + "px");
        List<String> findings = new ArrayList<>();
        try (Browser browser = Browser.open(base, name)) {
            if (window != null) {
                browser.driver().manage().window().setSize(window);
            }
            browser.useLanguage(language);
            visit(browser, "login.html", By.id("login-form"), inspection, findings);
            visit(browser, "city-login-refused.html", By.cssSelector("header #language"), inspection, findings);
            visit(browser, "public.html", By.cssSelector("#targetLanguage option"), inspection, findings);
            visit(browser, statusPage, By.cssSelector("#steps li"), inspection, findings);

            browser.logIn("sato", TestOffice.PASSWORD);
            visit(browser, "index.html", By.cssSelector("#targetLanguages option"), inspection, findings);
            visit(browser, "requests.html", By.cssSelector("#requests tr"), inspection, findings);
            visit(browser, "request.html?number=" + number, By.cssSelector("#timeline li"), inspection, findings);

            browser.logIn("emily", TestOffice.PASSWORD);
            visit(browser, "tasks.html", By.cssSelector("#tasks tr"), inspection, findings);
            visit(browser, "work.html?task=" + triage, By.cssSelector("#work:not([hidden])"), inspection, findings);
            visit(browser, "work.html?task=" + translation, By.cssSelector("#segments li.segment"), inspection,
                    findings);
            visit(browser, "interpreting.html", By.cssSelector("#week li.day"), inspection, findings);
            visit(browser, "team.html", By.cssSelector("#team caption"), inspection, findings);
            visit(browser, "reports.html", By.cssSelector("#table-months tbody tr"), inspection, findings);
            visit(browser, "terms.html", By.cssSelector("#entries tr"), inspection, findings);
            visit(browser, "handover.html", By.cssSelector("#notes-form"), inspection, findings);

            browser.logIn("aroha", TestOffice.PASSWORD);
            visit(browser, "partner.html", By.cssSelector("#identity button"), inspection, findings);

            browser.logIn("admin", TestOffice.PASSWORD);
            visit(browser, "admin.html", By.cssSelector("#people tr"), inspection, findings);
            visit(browser, "office.html", By.cssSelector("#closed-days tr"), inspection, findings);
        }
        return findings;
    }

    private static void visit(Browser browser, String page, By loaded, Inspection inspection, List<String> findings)
            throws Exception {
        browser.go(page).await(loaded);
        String pageName = page.replaceAll("[?#].*", "");
        browser.photograph(pageName.replace(".html", ""));
        inspection.of(browser).forEach(finding -> findings.add(pageName + ": " + finding));
    }

    /** Labels still in Japanese, or showing their message key, when the reader chose English. */
    private static List<String> untranslatedLabels(Browser browser) {
        Object found = ((JavascriptExecutor) browser.driver()).executeScript(
                "return [...document.querySelectorAll('[data-i18n], nav a, #identity button, caption, th, legend, label')]"
                        + ".filter(e => /[\\u3040-\\u30ff\\u4e00-\\u9fff]/.test(e.textContent)"
                        + "  && !e.closest('#language, #partners')"
                        + "  || (e.dataset.i18n && e.textContent === e.dataset.i18n))"
                        + ".map(e => e.tagName + ': ' + e.textContent.trim());");
        List<String> labels = new ArrayList<>();
        ((List<?>) found).forEach(label -> labels.add(String.valueOf(label)));
        return labels;
    }

    /** The page is wider than the screen, so a phone user would have to scroll sideways to read it. */
    private static List<String> sidewaysOverflow(Browser browser) {
        Object widths = ((JavascriptExecutor) browser.driver()).executeScript(
                "return [document.documentElement.scrollWidth, window.innerWidth];");
        List<?> pair = (List<?>) widths;
        long page = ((Number) pair.get(0)).longValue();
        long screen = ((Number) pair.get(1)).longValue();
        return page > screen ? List.of("page " + page + " px wide on a " + screen + " px screen") : List.of();
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

    private String citizenStatusPage() throws InterruptedException {
        String token = Api.citizen(base, CITIZEN).get("public/form-token").then().statusCode(200)
                .extract().path("formToken");
        Thread.sleep(3_200);
        JsonPath receipt = Api.citizen(base, CITIZEN)
                .body(Map.of("name", "山田花子", "sourceLanguage", "ja", "targetLanguage", "en", "text", "ごみの出し方",
                        "wantedBy", LocalDate.now().plusDays(30).toString(), "formToken", token))
                .post("public/requests").then().statusCode(201).extract().jsonPath();
        return receipt.getString("statusPage");
    }
}
