package org.kakehashi.it.browser;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kakehashi.it.Api;
import org.kakehashi.it.TestOffice;
import org.kakehashi.it.WebhookReceiver;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator connects the office's document-management system on the office page: the secret shown once
 * is the one the receiver verifies the next request's message with, and retiring the endpoint is one button.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
class WebhookBrowserIT {

    @ArquillianResource
    URL base;

    @Test
    void theSecretShownOnRegisteringIsTheOneTheReceiverVerifiesWithAndRetiringStopsTheMessages() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver();
             Browser browser = Browser.open(base, "theSecretShownOnRegisteringIsTheOneTheReceiverVerifiesWith")) {
            browser.useLanguage("en").logIn("admin", TestOffice.PASSWORD).go("office.html")
                    .await(By.cssSelector("#webhook-event-choices input"));
            browser.set("webhook-url", receiver.url()).set("webhook-description", "文書管理システム");
            browser.driver().findElement(By.cssSelector("#webhook-event-choices input[value='request.submitted']"))
                    .click();
            browser.driver().findElement(By.cssSelector("#webhook-form button[type=submit]")).click();
            String secret = browser.textOnceItContains(By.cssSelector("#webhook-messages code"), "whsec_");
            assertThat(browser.textOnceItContains(By.id("webhooks"), receiver.url())).contains("Submitted", "Active");
            browser.photograph("webhook registered");

            String number = Api.as(base, "kimura").submit("防災訓練のお知らせ");
            List<WebhookReceiver.Delivery> delivered = receiver.awaitDeliveries(d -> d.body().contains(number), 1,
                    Duration.ofSeconds(20));
            assertThat(WebhookReceiver.signedWith(secret, delivered.get(0))).as("signed with the secret shown").isTrue();

            browser.driver().findElement(By.xpath("//tbody[@id='webhooks']//tr[td[text()='" + receiver.url()
                    + "']]//button")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent())
                    .accept();
            assertThat(browser.textOnceItContains(By.id("webhooks"), "Retired")).contains(receiver.url());
            String later = Api.as(base, "kimura").submit("防災訓練の持ち物");
            Thread.sleep(2000);
            assertThat(receiver.deliveries()).noneMatch(d -> d.body().contains(later));
        }
    }
}
