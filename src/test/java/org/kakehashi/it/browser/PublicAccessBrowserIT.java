package org.kakehashi.it.browser;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.URL;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Without logging in, only the public form and its status links open; everything else asks for a login first. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
class PublicAccessBrowserIT {

    @ArquillianResource
    URL base;

    @Test
    void staffPagesSendAVisitorWithoutASessionToTheLoginPage() throws Exception {
        try (Browser browser = Browser.open(base, "staffPagesSendAVisitorWithoutASessionToTheLoginPage")) {
            for (String page : new String[] {"index.html", "tasks.html", "admin.html", "request.html?number=2026-00001"}) {
                browser.go(page);
                browser.field("username");
                assertThat(browser.currentPath()).startsWith("login.html?next=");
            }
        }
    }

    @Test
    void aCitizenSendsThePublicFormAndFollowsTheStatusLinkItShows() throws Exception {
        try (Browser browser = Browser.open(base, "aCitizenSendsThePublicFormAndFollowsTheStatusLinkItShows")) {
            browser.go("public.html");
            browser.field("name").sendKeys("山田 花子");
            browser.field("email").sendKeys("hanako@example.jp");
            browser.choose("targetLanguage", "en");
            browser.field("text").sendKeys("保育園の入園申込書の記入例を英語にしてください。");
            browser.set("wantedBy", LocalDate.now().plusDays(30).toString());
            Thread.sleep(3_200); // a person takes longer than the form's minimum to fill it in
            browser.driver().findElement(By.cssSelector("#public-form button[type=submit]")).click();

            String link = browser.field("status-link").getText();
            assertThat(link).startsWith(base + "status.html#");
            assertThat(browser.driver().findElement(By.id("messages")).getText()).contains("受付番号");

            browser.driver().get(link);
            assertThat(browser.textOnceItContains(By.id("status-text"), "受け付けました")).isNotBlank();
            assertThat(browser.currentPath()).startsWith("status.html");
        }
    }
}
