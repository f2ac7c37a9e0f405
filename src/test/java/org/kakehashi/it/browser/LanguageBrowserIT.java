package org.kakehashi.it.browser;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kakehashi.it.TestOffice;
import org.openqa.selenium.By;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/** The language follows the browser until the person chooses one; the choice holds on every page after. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
class LanguageBrowserIT {

    @ArquillianResource
    URL base;

    @Test
    void theChosenLanguageIsRememberedOnEveryPage() throws Exception {
        try (Browser browser = Browser.open(base, "theChosenLanguageIsRememberedOnEveryPage")) {
            browser.go("status.html#not-a-status-link");
            assertThat(browser.textOnceItContains(By.id("messages"), "状況確認リンク")).isNotBlank();

            browser.choose("language-choice", "en");
            assertThat(browser.textOnceItContains(By.id("messages"), "No request belongs to this status link"))
                    .doesNotContain("状況確認リンク");

            browser.go("login.html");
            browser.field("username").sendKeys("sato");
            browser.field("password").sendKeys("not the password at all");
            browser.driver().findElement(By.cssSelector("#login-form button[type=submit]")).click();
            assertThat(browser.textOnceItContains(By.id("messages"), "The user name or the password is wrong"))
                    .isNotBlank();
        }
    }

    @Test
    void aTextInArabicIsTypedRightToLeftAndAJapaneseOneLeftToRight() throws Exception {
        try (Browser browser = Browser.open(base, "aTextInArabicIsTypedRightToLeftAndAJapaneseOneLeftToRight")) {
            browser.logIn("sato", TestOffice.PASSWORD);
            browser.go("index.html");
            browser.valueOnceFilled("sourceLanguage");
            assertThat(browser.field("text").getDomAttribute("lang")).isEqualTo("ja");
            assertThat(browser.field("text").getDomAttribute("dir")).isEqualTo("ltr");

            browser.choose("sourceLanguage", "ar");
            browser.field("text").sendKeys("مدينة توماكوماي");
            assertThat(browser.field("text").getDomAttribute("lang")).isEqualTo("ar");
            assertThat(browser.field("text").getDomAttribute("dir")).isEqualTo("rtl");
            browser.photograph("arabic");
        }
    }
}
