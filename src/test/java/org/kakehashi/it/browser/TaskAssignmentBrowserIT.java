package org.kakehashi.it.browser;

import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kakehashi.it.Api;
import org.kakehashi.it.MailCatcher;
import org.kakehashi.it.TestOffice;
import org.openqa.selenium.By;

import java.net.URL;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinator gives a translation to a colleague on the task's page; the colleague follows the link in the
 * mail they receive and hands the translation in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
class TaskAssignmentBrowserIT {

    private static final Pattern TASK_LINK = Pattern.compile("http://localhost:8080/(work\\.html\\?task=[\\w-]+)");

    @ArquillianResource
    URL base;

    @Test
    void aColleagueGivenATaskFollowsTheMailsLinkAndCompletesIt() throws Exception {
        MailCatcher.start();
        // a coordinator hears of changes in the daily digest unless they choose otherwise
        Api.as(base, "tanaka").call().body(Map.of("preference", "IMMEDIATE")).put("notifications/preference")
                .then().statusCode(200);
        try {
            String number = Api.as(base, "sato").submit("窓口の受付時間が変わります。");
            Api emily = Api.as(base, "emily");
            emily.complete(emily.taskFor(number, "triageRequest"), Map.of("outcome", "accept"));

            try (Browser browser = Browser.open(base, "aColleagueGivenATaskFollowsTheMailsLink")) {
                browser.logIn("emily", TestOffice.PASSWORD);
                browser.openTaskOf(number);
                browser.choose("assignee", "tanaka");
                browser.field("assign-reason").sendKeys("Emily is at the sister-city visit");
                browser.field("assign").click();
                browser.textOnceItContains(By.id("assignee-now"), "tanaka");
                browser.photograph("1-the-coordinator-gives-the-task-to-tanaka");

                MimeMessage mail = MailCatcher.mailAbout("tanaka@city.example.jp", number, "翻訳の担当");
                Matcher link = TASK_LINK.matcher(MailCatcher.text(mail, "text/plain"));
                assertThat(link.find()).isTrue();

                browser.logIn("tanaka", TestOffice.PASSWORD);
                browser.go(link.group(1)).await(By.cssSelector("#work:not([hidden])"));
                browser.field("segment-0-target").sendKeys("The reception hours of the counter change.");
                browser.driver().findElement(By.cssSelector("button[data-outcome='submit']")).click();
                browser.await(By.cssSelector("#messages .notice:not(.error)"));
                browser.photograph("2-tanaka-hands-the-translation-in");
            }
            assertThat(Api.as(base, "emily").request(number).getString("jobs[0].translator")).isEqualTo("tanaka");
        } finally {
            Api.as(base, "tanaka").call().body(Map.of("preference", "DIGEST")).put("notifications/preference")
                    .then().statusCode(200);
            MailCatcher.stop();
        }
    }
}
