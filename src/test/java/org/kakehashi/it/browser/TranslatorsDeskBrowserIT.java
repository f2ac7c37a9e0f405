package org.kakehashi.it.browser;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kakehashi.document.CatTool;
import org.kakehashi.document.FormattedDocuments;
import org.kakehashi.it.Api;
import org.kakehashi.it.TestOffice;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Last year's notice translated and delivered; this year's, its year and date changed, sent through the form,
 * recognised at triage, pre-filled on the desk, its XLIFF downloaded, edited as OmegaT would and uploaded, and
 * delivered with its bold date and link in place.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
class TranslatorsDeskBrowserIT {

    @ArquillianResource
    URL base;

    @Test
    void nextYearsNoticeIsRecognisedPrefilledTranslatedInACatToolAndDeliveredWithItsFormatting() throws Exception {
        String council = "第" + ThreadLocalRandom.current().nextInt(100_000, 999_999) + "回";
        String lastYear = deliverLastYears(council);
        Path thisYearsFile = Files.createTempDirectory("kakehashi").resolve("市民税説明会_令和8年度.docx");
        Files.write(thisYearsFile, FormattedDocuments.yearlyNotice(council, "令和8年度", "11月5日"));

        try (Browser browser = Browser.open(base, "nextYearsNoticeIsRecognisedPrefilledTranslatedInACatTool")) {
            browser.logIn("sato", TestOffice.PASSWORD);
            browser.go("index.html").choose("targetLanguages", "en");
            browser.field("document").sendKeys(thisYearsFile.toString());
            browser.textOnceItContains(By.id("receipt-summary"), "字");
            browser.valueOnceFilled("wantedBy");
            browser.driver().findElement(By.cssSelector("#request-form button[type=submit]")).click();
            String number = browser.textOnceItContains(By.cssSelector("#messages a"), "-");

            browser.logIn("emily", TestOffice.PASSWORD);
            browser.openTaskOf(number);
            assertThat(browser.textOnceItContains(By.id("recognition-lines"), lastYear))
                    .contains(lastYear, "年・日付を変えた");
            browser.photograph("1-triage-recognises-last-years-notice");
            decide(browser, "accept");

            browser.openTaskOf(number);
            WebElement notice = browser.driver().findElement(By.xpath(
                    "//li[@class='segment'][p[@class='segment-source' and starts-with(., '" + council + "')]]"
                            + "/textarea"));
            assertThat(notice.getDomProperty("value")).isEqualTo(
                    "The " + council + " FY2026 municipal tax briefing is held on <g1>November 5</g1>.");
            assertThat(browser.field("segment-0-state").getText()).contains("確認");
            browser.field("segment-0-target").click();
            browser.field("segment-0-target").sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("segment-1-target");
            browser.photograph("2-the-desk-prefilled-from-last-year");

            String xliffPath = browser.field("xliff12-download").getDomAttribute("href");
            String xliff = Api.as(base, "emily").call().get(xliffPath.replaceFirst("^/api/", ""))
                    .then().statusCode(200).extract().asString();
            assertThat(xliff).contains("<alt-trans", "FY2025");
            Path edited = Files.createTempDirectory("kakehashi").resolve(number + "_en.xlf");
            Files.write(edited, new CatTool(thisYearInEnglish(council)).translate(xliff.getBytes()));
            browser.field("xliff-file").sendKeys(edited.toString());
            browser.await(By.cssSelector("#messages .notice:not(.error)"));
            browser.photograph("3-the-xliff-from-the-cat-tool-handed-in");

            browser.logIn("tanaka", TestOffice.PASSWORD);
            browser.openTaskOf(number);
            decide(browser, "approve");

            Api.as(base, "sato").awaitStatus(number, "DELIVERED");
            byte[] delivered = Api.as(base, "sato").call().get("requests/{n}/jobs/en/document", number)
                    .then().statusCode(200).extract().asByteArray();
            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(delivered))) {
                assertThat(document.getParagraphs().get(0).getText()).isEqualTo("The " + council
                        + " FY2026 municipal tax briefing is held on November 5. For details of the " + council
                        + ", see the city's website.");
                assertThat(document.getParagraphs().get(0).getRuns()).filteredOn(XWPFRun::isBold)
                        .extracting(XWPFRun::text).containsExactly("November 5");
                assertThat(document.getParagraphs().get(0).getRuns()).filteredOn(XWPFHyperlinkRun.class::isInstance)
                        .extracting(XWPFRun::text).containsExactly("the city's website");
            }
        }
    }

    private static Map<String, String> lastYearInEnglish(String council) {
        Map<String, String> english = new LinkedHashMap<>();
        english.put(council + "令和7年度の市民税の説明会を10月29日に開きます。",
                "The " + council + " FY2025 municipal tax briefing is held on <1>October 29</1>.");
        english.put(council + "の詳しくは市のホームページをご覧ください。",
                "For details of the " + council + ", see <2>the city's website</2>.");
        english.put(council + "の申込みは不要です。", "No application is needed for the " + council + ".");
        english.put("Apache POI", "Apache POI");
        return english;
    }

    /** What the translator writes in OmegaT this year: last year's text with this year's year and date. */
    private static Map<String, String> thisYearInEnglish(String council) {
        Map<String, String> english = lastYearInEnglish(council);
        english.remove(council + "令和7年度の市民税の説明会を10月29日に開きます。");
        english.put(council + "令和8年度の市民税の説明会を11月5日に開きます。",
                "The " + council + " FY2026 municipal tax briefing is held on <1>November 5</1>.");
        return english;
    }

    private String deliverLastYears(String council) throws InterruptedException {
        Api sato = Api.as(base, "sato");
        String number = sato.call().contentType("multipart/form-data")
                .multiPart("request", "request.json", Map.of("sourceLanguage", "ja", "targetLanguages", List.of("en"),
                        "wantedBy", LocalDate.now().plusDays(30).toString()), "application/json")
                .multiPart("document", "市民税説明会_令和7年度.docx",
                        FormattedDocuments.yearlyNotice(council, "令和7年度", "10月29日"), "application/octet-stream")
                .post("requests").then().statusCode(201).extract().path("number");
        Api emily = Api.as(base, "emily");
        emily.complete(emily.taskFor(number, "triageRequest"), Map.of("outcome", "accept"));
        String xliff = emily.call().get("requests/{n}/jobs/en/xliff", number).then().statusCode(200)
                .extract().asString();
        emily.call().contentType("application/xliff+xml")
                .body(new CatTool(lastYearInEnglish(council)).translate(xliff.getBytes()))
                .post("tasks/{id}/xliff", emily.taskFor(number, "translateRequest")).then().statusCode(204);
        Api tanaka = Api.as(base, "tanaka");
        tanaka.complete(tanaka.taskFor(number, "reviewTranslation"), Map.of("outcome", "approve"));
        sato.awaitStatus(number, "DELIVERED");
        return number;
    }

    private static void decide(Browser browser, String outcome) {
        browser.driver().findElement(By.cssSelector("button[data-outcome='" + outcome + "']")).click();
        browser.await(By.cssSelector("#messages .notice:not(.error)"));
    }
}
