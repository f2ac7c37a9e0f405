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

/**
 * A member of staff types a notice: before sending it, the form shows the My Number in it and the sentence that
 * does not end in です or ます; the request is sent all the same, the choice being theirs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
class IntakeChecksBrowserIT {

    @ArquillianResource
    URL base;

    @Test
    void aStaffMembersTextShowsItsMyNumberAndItsPlainEndingBeforeItIsSent() throws Exception {
        try (Browser browser = Browser.open(base, "aStaffMembersTextShowsItsMyNumber")) {
            browser.useLanguage("ja").logIn("sato", TestOffice.PASSWORD);
            browser.go("index.html").choose("targetLanguages", "en");
            browser.field("text").sendKeys("申込書を窓口に出してください。個人番号は123456789018です。受付は金曜日まで。");

            String personal = browser.textOnceItContains(By.id("personal-data-list"), "123456789018");
            assertThat(personal).contains("個人番号（マイナンバー）のようです");
            String easy = browser.textOnceItContains(By.id("text-check-list"), "3文目");
            assertThat(easy).contains("文の終わりを「です」「ます」に");
            browser.photograph("1-the-checks-before-sending");
            browser.valueOnceFilled("wantedBy");

            browser.driver().findElement(By.cssSelector("#request-form button[type=submit]")).click();
            assertThat(browser.textOnceItContains(By.cssSelector("#messages a"), "-")).isNotBlank();
        }
    }
}
