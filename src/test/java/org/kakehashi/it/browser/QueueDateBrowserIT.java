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

import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff form's earliest date counts the office's open work into the same language: three long texts into
 * English sent meanwhile are three more requests ahead, and the earliest date moves later.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
class QueueDateBrowserIT {

    private static final Pattern AHEAD = Pattern.compile("先に(\\d+)件");
    /** 11 characters: 4,000 of them are 44,000 characters, 110 manuscript pages of 400. */
    private static final String LONG_TEXT = "市役所の窓口案内です。".repeat(4_000);

    @ArquillianResource
    URL base;

    @Test
    void theFormsEarliestDateMovesLaterWhenTheQueueIntoItsLanguageGrows() throws Exception {
        List<String> sent = new ArrayList<>();
        try (Browser browser = Browser.open(base, "theFormsEarliestDateMovesLater")) {
            browser.useLanguage("ja").logIn("sato", TestOffice.PASSWORD);
            Queue before = queueOnTheForm(browser);

            Api sato = Api.as(base, "sato");
            for (int i = 0; i < 3; i++) {
                sent.add(sato.submit(LONG_TEXT));
            }
            Queue after = queueOnTheForm(browser);
            browser.photograph("1-three-more-requests-ahead-and-a-later-date");

            assertThat(after.ahead()).isEqualTo(before.ahead() + 3);
            assertThat(after.earliest()).isAfter(before.earliest());
        } finally {
            for (String number : sent) {
                Api.as(base, "sato").call().body(Map.of("text", "the queue test is over"))
                        .post("requests/{number}/cancel", number).then().statusCode(200);
            }
        }
    }

    private record Queue(int ahead, LocalDate earliest) {
    }

    private static Queue queueOnTheForm(Browser browser) {
        browser.go("index.html").choose("targetLanguages", "en");
        browser.field("text").sendKeys("ごみの出し方のお知らせです。");
        Matcher ahead = AHEAD.matcher(browser.textOnceItContains(By.id("earliest"), "先に"));
        assertThat(ahead.find()).isTrue();
        return new Queue(Integer.parseInt(ahead.group(1)), LocalDate.parse(browser.valueOnceFilled("wantedBy")));
    }
}
