package org.kakehashi.it.browser;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kakehashi.it.TestOffice;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * City staff log in with their city account on the city's own login page — a real Keycloak, started for this
 * test with the realm of {@code src/test/resources/keycloak/city-realm.json} — and Kakehashi's directory decides
 * who they are and what they may do.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
class CityLoginBrowserIT {

    /** The password both city accounts have at the city's provider (not Kakehashi's). */
    private static final String CITY_PASSWORD = "city-account-2026";
    /** A Keycloak just started renders its first pages and issues its first tokens slowly on two cores. */
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @RegisterExtension
    static final KeycloakServer CITY_PROVIDER = new KeycloakServer();

    @ArquillianResource
    URL base;

    @Test
    void aCoordinatorLogsInOnTheCitysLoginPageLandsOnTheTaskListAndLogsOutOfBoth() throws Exception {
        try (Browser browser = Browser.open(base, "aCoordinatorLogsInOnTheCitysLoginPage")) {
            browser.useLanguage("en").go("login.html");
            browser.field("city-login-link").click();
            logInAtTheCity(browser, "emily");

            // the task list keeps its filters in the address: the page, not the query, is what counts
            until(browser, driver -> URI.create(driver.getCurrentUrl()).getPath().equals("/tasks.html"));
            assertThat(browser.textOnceItContains(By.id("identity"), "Emily (CIR)")).contains("coordinator");
            browser.photograph("task-list");

            browser.driver().findElement(By.cssSelector("#identity button")).click();
            // back from the provider's logout to the login page at the address the city registered there
            until(browser, driver -> driver.getCurrentUrl().matches("http://[^/]+:8080/login\\.html"));

            browser.go("tasks.html");
            until(browser, driver -> driver.getCurrentUrl().contains("login.html"));
            // the city's session ended too: the door sends the browser to the provider's login form again
            browser.go("city-login/");
            until(browser, driver -> !driver.findElements(By.id("kc-login")).isEmpty());
            assertThat(browser.driver().getCurrentUrl()).startsWith(KeycloakServer.REALM);
        }
    }

    @Test
    void aCityAccountTheDirectoryDoesNotKnowIsRefusedOnAPageThatSaysWhyAndTheAdministratorSeesIt() throws Exception {
        try (Browser browser = Browser.open(base, "aCityAccountTheDirectoryDoesNotKnowIsRefused")) {
            browser.useLanguage("ja").go("city-login/");
            logInAtTheCity(browser, "yamada");

            until(browser, driver -> URI.create(driver.getCurrentUrl()).getPath().equals("/city-login-refused.html"));
            assertThat(browser.textOnceItContains(By.cssSelector("main [role=alert]"), "名簿"))
                    .contains("市のアカウント", "管理者");
            browser.photograph("refused");
            browser.go("tasks.html");
            until(browser, driver -> driver.getCurrentUrl().contains("login.html"));

            browser.logIn("admin", TestOffice.PASSWORD).go("admin.html");
            assertThat(browser.textOnceItContains(By.id("events"), "yamada"))
                    .contains("LOGIN_FAILED", "city account yamada <yamada@city.example.jp> of " + KeycloakServer.REALM,
                            "no active person of the directory");
        }
    }

    private static void logInAtTheCity(Browser browser, String username) {
        until(browser, driver -> !driver.findElements(By.id("kc-login")).isEmpty());
        browser.field("username").sendKeys(username);
        browser.field("password").sendKeys(CITY_PASSWORD);
        browser.field("kc-login").click();
    }

    private static void until(Browser browser, Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser.driver(), PATIENCE).until(condition::apply);
    }
}
