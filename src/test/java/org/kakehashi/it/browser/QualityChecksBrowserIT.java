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
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A translation with a changed number and a department called by another name than the directory's: the editor
 * shows the department's English name from the termbase, the checks hold the hand-over back naming both, the
 * translator fixes them, the reviewer approves and the request is delivered.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
class QualityChecksBrowserIT {

    @ArquillianResource
    URL base;

    @Test
    void aChangedNumberAndAWrongDepartmentNameAreHeldBackFixedReviewedAndDelivered() throws Exception {
        String number = Api.as(base, "sato").submit("総合福祉課が10月29日に説明会を開きます。定員は30人です。");
        Api emily = Api.as(base, "emily");
        emily.complete(emily.taskFor(number, "triageRequest"), Map.of("outcome", "accept"));

        try (Browser browser = Browser.open(base, "aChangedNumberAndAWrongDepartmentNameAreHeldBack")) {
            browser.logIn("emily", TestOffice.PASSWORD);
            browser.openTaskOf(number);
            assertThat(browser.textOnceItContains(By.cssSelector("#segment-0 .segment-terms"), "General Welfare"))
                    .contains("総合福祉課 → General Welfare Division");

            write(browser, "The Welfare Section holds a briefing on October 29.", "Up to 20 people may attend.");
            browser.driver().findElement(By.cssSelector("button[data-outcome='submit']")).click();
            browser.await(By.cssSelector("#checks-part:not([hidden]) #check-findings li"));
            List<String> findings = browser.driver().findElements(By.cssSelector("#check-findings li p")).stream()
                    .map(WebElement::getText).toList();
            assertThat(findings).hasSize(2)
                    .anySatisfy(finding -> assertThat(finding).contains("総合福祉課", "General Welfare Division"))
                    .anySatisfy(finding -> assertThat(finding).contains("30", "20"));
            browser.photograph("1-the-checks-hold-the-translation-back");

            write(browser, "The General Welfare Division holds a briefing on October 29.",
                    "Up to 30 people may attend.");
            browser.driver().findElement(By.id("resend")).click();
            browser.await(By.cssSelector("#messages .notice:not(.error)"));
            browser.photograph("2-fixed-and-handed-to-review");

            browser.logIn("tanaka", TestOffice.PASSWORD);
            browser.openTaskOf(number);
            assertThat(browser.driver().findElement(By.id("kept-part")).isDisplayed()).isFalse();
            browser.driver().findElement(By.cssSelector("button[data-outcome='approve']")).click();
            browser.await(By.cssSelector("#messages .notice:not(.error)"));
        }
        Api.as(base, "sato").awaitStatus(number, "DELIVERED");
    }

    private static void write(Browser browser, String... segments) {
        for (int i = 0; i < segments.length; i++) {
            WebElement target = browser.field("segment-" + i + "-target");
            target.clear();
            target.sendKeys(segments[i]);
        }
    }
}
