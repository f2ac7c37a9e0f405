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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** A staff member sends a file instead of pasting text: it is sent with a progress bar, counted, and kept. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
class UploadBrowserIT {

    private static final Path SHIFT_JIS_PAGE =
            Path.of("src/test/resources/fixtures/seed/kouhou-tomakomai-2022-10-p29.windows-31j.txt").toAbsolutePath();

    @ArquillianResource
    URL base;

    @Test
    void aShiftJisFileIsUploadedWithProgressCountedAndKeptWithTheRequest() throws Exception {
        String number;
        try (Browser browser = Browser.open(base, "aShiftJisFileIsUploadedWithProgressCountedAndKeptWithTheRequest")) {
            browser.logIn("sato", TestOffice.PASSWORD);
            browser.go("index.html").choose("targetLanguages", "en");
            browser.field("document").sendKeys(SHIFT_JIS_PAGE.toString());

            assertThat(browser.textOnceItContains(By.id("document-progress-label"), "数えました"))
                    .contains(SHIFT_JIS_PAGE.getFileName().toString());
            assertThat(browser.field("document-progress").getDomProperty("value")).isEqualTo("100");
            assertThat(browser.textOnceItContains(By.id("receipt-summary"), "原稿用紙")).contains("字", "漢字", "かな");
            browser.valueOnceFilled("wantedBy");
            browser.photograph("counted");

            browser.driver().findElement(By.cssSelector("#request-form button[type=submit]")).click();
            number = browser.textOnceItContains(By.cssSelector("#messages a"), "-");
            browser.go("request.html?number=" + number);
            assertThat(browser.textOnceItContains(By.id("document"), "kouhou")).contains(SHIFT_JIS_PAGE.getFileName().toString());
            browser.photograph("kept");
        }
        var kept = Api.as(base, "sato").request(number);
        assertThat(kept.getString("document.fileName")).isEqualTo(SHIFT_JIS_PAGE.getFileName().toString());
        assertThat(kept.getLong("document.bytes")).isEqualTo(Files.size(SHIFT_JIS_PAGE));
    }

    @Test
    void aShortFileThatReadsTwoWaysIsReadAsTheLineTheRequesterChooses() throws Exception {
        Path halfWidth = Files.createTempDirectory("kakehashi").resolve("kaisha.txt");
        Files.write(halfWidth, HexFormat.of().parseHex("b6ccdebcb7b6deb2bcac")); // ｶﾌﾞｼｷｶﾞｲｼｬ in Windows-31J
        String number;
        try (Browser browser = Browser.open(base, "aShortFileThatReadsTwoWaysIsReadAsTheLineTheRequesterChooses")) {
            browser.logIn("sato", TestOffice.PASSWORD);
            browser.go("index.html").choose("targetLanguages", "en");
            browser.field("document").sendKeys(halfWidth.toString());

            String choices = browser.textOnceItContains(By.id("document-encoding"), "ｶﾌﾞｼｷｶﾞｲｼｬ");
            assertThat(choices).contains("玉渕袈涓蒔", "windows-31j", "EUC-JP");
            browser.photograph("asked");
            browser.driver().findElement(By.cssSelector("#document-encoding input[value='windows-31j']")).click();
            // the EUC-JP reading is five kanji; ｶﾌﾞｼｷｶﾞｲｼｬ has none
            browser.textOnceItContains(By.id("receipt-summary"), "漢字 0");
            browser.valueOnceFilled("wantedBy");

            browser.driver().findElement(By.cssSelector("#request-form button[type=submit]")).click();
            number = browser.textOnceItContains(By.cssSelector("#messages a"), "-");
        }
        assertThat(Api.as(base, "sato").request(number).getString("text")).isEqualTo("ｶﾌﾞｼｷｶﾞｲｼｬ");
    }
}
