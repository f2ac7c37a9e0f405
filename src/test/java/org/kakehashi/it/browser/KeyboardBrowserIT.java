package org.kakehashi.it.browser;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kakehashi.it.Api;
import org.kakehashi.it.TestOffice;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A coordinator who uses no mouse: logs in, skips the menu, claims a task and decides it, all from the keyboard. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
class KeyboardBrowserIT {

    @ArquillianResource
    URL base;

    @Test
    void aCoordinatorTriagesARequestWithTheKeyboardAlone() throws Exception {
        String number = Api.as(base, "sato").submit("市民税の納付について");
        try (Browser browser = Browser.open(base, "aCoordinatorTriagesARequestWithTheKeyboardAlone")) {
            browser.go("login.html").field("username").click();
            keys(browser, "emily", Keys.TAB, TestOffice.PASSWORD, Keys.ENTER);
            browser.await(By.cssSelector("#tasks tr"));

            keys(browser, Keys.TAB);
            assertThat(focused(browser).getAttribute("class")).isEqualTo("skip");
            keys(browser, Keys.ENTER);

            tabUntil(browser, browser.field("filter-request"));
            keys(browser, number, Keys.ENTER);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver ->
                    driver.getCurrentUrl().contains("request=" + number)
                            && driver.findElements(By.cssSelector("#tasks[aria-busy]")).isEmpty());
            WebElement claim = browser.driver().findElement(By.xpath(
                    "//tbody[@id='tasks']/tr[td/a[normalize-space()='" + number + "']]//button"));
            tabUntil(browser, claim);
            keys(browser, Keys.ENTER);
            browser.await(By.cssSelector("#work:not([hidden])"));

            WebElement accept = browser.driver().findElement(By.cssSelector("button[data-outcome='accept']"));
            tabUntil(browser, accept);
            keys(browser, Keys.ENTER);
            browser.await(By.cssSelector("#messages .notice:not(.error)"));
            browser.photograph("decided");
        }
        assertThat(Api.as(base, "sato").request(number).getString("status")).isEqualTo("IN_PROGRESS");
    }

    private static void keys(Browser browser, CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    private static WebElement focused(Browser browser) {
        return browser.driver().switchTo().activeElement();
    }

    /** Presses Tab until the element has the focus, as a keyboard user moves through the page. */
    private static void tabUntil(Browser browser, WebElement target) {
        for (int presses = 0; presses < 200 && !focused(browser).equals(target); presses++) {
            keys(browser, Keys.TAB);
        }
        assertThat(focused(browser)).isEqualTo(target);
    }
}
