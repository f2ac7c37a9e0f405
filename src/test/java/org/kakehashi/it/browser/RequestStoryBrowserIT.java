package org.kakehashi.it.browser;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kakehashi.it.TestOffice;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.net.URL;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role's part of a request, done through the pages as people do it, once in Japanese and once in English:
 * a staff member's request triaged, translated, sent back by the reviewer, fixed, approved and seen delivered (in
 * English also to the sister city, whose contact downloads it and confirms receipt); a citizen's request through the public form, with the coordinator's question answered on the status page.
 * Each step's page is photographed under {@code target/screenshots}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
class RequestStoryBrowserIT {

    /** What a reader of each language sees, written from the office's vocabulary, not from the page's code. */
    private record Words(String language, String source, String draft, String change, String fixed,
                         String delivered, String citizenDelivered, String partner) {
    }

    private static final Words JAPANESE = new Words("ja",
            "令和9年度の姉妹都市交流事業について、ご案内いたします。",
            "We would like to inform you about the sister city exchange programme of fiscal 2027.",
            "「令和9年度」は「fiscal year 2027」としてください。",
            "We would like to inform you about the sister city exchange programme for fiscal year 2027.",
            "納品済み", "お届けしました", null);
    private static final Words ENGLISH = new Words("en",
            "図書館は12月29日から1月3日まで休館します。",
            "The library is closed from 29 December to 3 January.",
            "Say it is the year-end closing.",
            "The library is closed for the year-end holidays from 29 December to 3 January.",
            "Delivered", "Delivered", "aroha");

    @ArquillianResource
    URL base;

    @Test
    void aStaffRequestGoesFromTheFormThroughReviewToDeliveryInJapanese() throws Exception {
        staffStory(JAPANESE);
    }

    @Test
    void aStaffRequestGoesFromTheFormThroughReviewToDeliveryInEnglish() throws Exception {
        staffStory(ENGLISH);
    }

    @Test
    void aCitizenAsksAnswersTheCoordinatorAndReadsTheTranslationInJapanese() throws Exception {
        citizenStory(JAPANESE, "山田 花子");
    }

    @Test
    void aCitizenAsksAnswersTheCoordinatorAndReadsTheTranslationInEnglish() throws Exception {
        citizenStory(ENGLISH, "Maria Santos");
    }

    private void staffStory(Words words) throws Exception {
        try (Browser browser = Browser.open(base, "staffStory-" + words.language())) {
            browser.useLanguage(words.language()).logIn("sato", TestOffice.PASSWORD);
            browser.go("index.html").choose("targetLanguages", "en");
            if (words.partner() != null) {
                browser.await(By.cssSelector("#partners input[value='napier']"));
                browser.driver().findElement(By.cssSelector("#partners input[value='napier']")).click();
            }
            browser.field("text").sendKeys(words.source());
            assertThat(browser.textOnceItContains(By.id("receipt-summary"), words.language().equals("ja") ? "字" : "characters"))
                    .isNotBlank();
            assertThat(LocalDate.parse(browser.valueOnceFilled("wantedBy"))).isAfter(LocalDate.now().plusDays(10));
            browser.photograph("1-staff-fills-the-form");
            browser.driver().findElement(By.cssSelector("#request-form button[type=submit]")).click();
            String number = browser.textOnceItContains(By.cssSelector("#messages a"), "-");
            browser.photograph("2-staff-sees-it-received");

            browser.logIn("emily", TestOffice.PASSWORD);
            openTask(browser, number, "3-coordinator-triages");
            decide(browser, "accept");

            openTask(browser, number, "4-coordinator-translates");
            typeWholeText(browser, words.draft());
            decide(browser, "submit");

            browser.logIn("tanaka", TestOffice.PASSWORD);
            openTask(browser, number, "5-reviewer-reads");
            assertThat(browser.field("translation-read").getText()).isEqualTo(words.draft());
            browser.field("comment").sendKeys(words.change());
            decide(browser, "changes");

            browser.logIn("emily", TestOffice.PASSWORD);
            openTask(browser, number, "6-coordinator-sees-the-changes-asked");
            assertThat(browser.field("comments").getText()).contains(words.change());
            typeWholeText(browser, words.fixed());
            decide(browser, "submit");

            browser.logIn("tanaka", TestOffice.PASSWORD);
            openTask(browser, number, "7-reviewer-approves");
            assertThat(browser.field("translation-read").getText()).isEqualTo(words.fixed());
            decide(browser, "approve");

            browser.logIn("sato", TestOffice.PASSWORD);
            browser.go("request.html?number=" + number);
            assertThat(browser.textOnceItContains(By.id("status"), words.delivered())).isEqualTo(words.delivered());
            if (words.partner() != null) {
                browser.logIn(words.partner(), TestOffice.PASSWORD);
                String delivery = browser.textOnceItContains(By.xpath("//tbody[@id='deliveries']/tr[td[normalize-space()='" + number + "']]"), number);
                assertThat(delivery).contains("English");
                browser.photograph("9-partner-sees-the-delivery");
                browser.driver().findElement(By.xpath("//tbody[@id='deliveries']/tr[td[normalize-space()='" + number + "']]//button")).click();
                browser.textOnceItContains(By.xpath("//tbody[@id='deliveries']/tr[td[normalize-space()='" + number + "']]"), "Receipt confirmed");
                browser.logIn("sato", TestOffice.PASSWORD);
                browser.go("request.html?number=" + number);
            }
            assertThat(browser.field("jobs").getText()).contains(words.fixed());
            assertThat(browser.field("timeline").getText()).contains(words.change());
            browser.photograph("8-staff-sees-it-delivered");
        }
    }

    private void citizenStory(Words words, String name) throws Exception {
        try (Browser browser = Browser.open(base, "citizenStory-" + words.language())) {
            browser.useLanguage(words.language()).go("public.html");
            browser.field("name").sendKeys(name);
            browser.choose("targetLanguage", "en");
            browser.field("text").sendKeys(words.source());
            browser.set("wantedBy", LocalDate.now().plusDays(30).toString());
            browser.photograph("1-citizen-fills-the-public-form");
            Thread.sleep(3_200); // a person takes longer than the form's minimum to fill it in
            browser.driver().findElement(By.cssSelector("#public-form button[type=submit]")).click();
            String statusLink = browser.field("status-link").getText();
            String number = browser.driver().findElement(By.id("messages")).getText().replaceAll("(?s).*?(\\d{4}-\\d{5}).*", "$1");
            browser.photograph("2-citizen-keeps-the-status-link");

            browser.logIn("emily", TestOffice.PASSWORD);
            openTask(browser, number, "3-coordinator-asks-a-question");
            String question = words.language().equals("ja") ? "どこで配布する文書ですか？" : "Where will the text be handed out?";
            browser.field("comment").sendKeys(question);
            decide(browser, "ask");

            browser.driver().manage().deleteAllCookies();
            browser.driver().get(statusLink);
            assertThat(browser.textOnceItContains(By.id("question"), question)).isEqualTo(question);
            browser.field("answer").sendKeys(words.language().equals("ja") ? "市民課の窓口です。" : "At the city hall counter.");
            browser.photograph("4-citizen-answers");
            browser.driver().findElement(By.cssSelector("#answer-form button[type=submit]")).click();
            browser.await(By.cssSelector("#question-part[hidden]"));

            browser.logIn("emily", TestOffice.PASSWORD);
            openTask(browser, number, "5-coordinator-accepts");
            decide(browser, "accept");
            openTask(browser, number, "6-coordinator-translates");
            typeWholeText(browser, words.fixed());
            decide(browser, "submit");
            browser.logIn("tanaka", TestOffice.PASSWORD);
            openTask(browser, number, "7-reviewer-approves");
            decide(browser, "approve");

            browser.driver().manage().deleteAllCookies();
            browser.driver().get(statusLink);
            assertThat(browser.textOnceItContains(By.id("status-text"), words.citizenDelivered())).isNotBlank();
            assertThat(browser.textOnceItContains(By.id("translations"), words.fixed())).contains(words.fixed());
            browser.photograph("8-citizen-reads-the-translation");
        }
    }

    /**
     * On the task list of the request, claims its open task (or opens it when it is already the person's) and waits
     * for the work view. A step the engine starts after the last one may take a moment to appear.
     */
    private static void openTask(Browser browser, String number, String step) throws IOException {
        browser.openTaskOf(number).photograph(step);
    }

    private static void decide(Browser browser, String outcome) {
        browser.driver().findElement(By.cssSelector("button[data-outcome='" + outcome + "']")).click();
        try {
            browser.await(By.cssSelector("#messages .notice:not(.error)"));
        } catch (TimeoutException e) {
            String shown;
            try {
                shown = browser.driver().findElement(By.id("messages")).getText();
            } catch (NoSuchElementException missing) {
                shown = "";
            }
            throw new AssertionError("completing '" + outcome + "' was not confirmed; the page says: " + shown, e);
        }
    }

    /** The translator chooses to type the whole text at once instead of segment by segment. */
    private static void typeWholeText(Browser browser, String translation) {
        browser.await(By.cssSelector("#segments-part:not([hidden])"));
        WebElement whole = browser.driver().findElement(By.id("whole-text"));
        if (!whole.isSelected()) {
            whole.click();
        }
        browser.field("translation").clear();
        browser.field("translation").sendKeys(translation);
    }
}
