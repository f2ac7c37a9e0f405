package org.kakehashi.it.browser;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kakehashi.it.Api;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Vietnamese resident who cannot type the Japanese letter they received chooses Tiếng Việt on the public form,
 * sends a photo of the letter instead, and reads where the request stands in Vietnamese; the coordinator finds the
 * photo beside the request.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
class CitizenLetterBrowserIT {

    private static final Pattern NUMBER = Pattern.compile("\\d{4}-\\d{5}");

    @ArquillianResource
    URL base;

    @Test
    void aVietnameseResidentSendsAScanOfTheirLetterAndReadsTheStatusInVietnamese() throws Exception {
        Path scan = Files.createTempFile("thu-tu-toa-thi-chinh", ".png");
        BufferedImage page = new BufferedImage(827, 1169, BufferedImage.TYPE_INT_RGB);
        Graphics2D pen = page.createGraphics();
        pen.setColor(Color.WHITE);
        pen.fillRect(0, 0, 827, 1169);
        pen.dispose();
        ImageIO.write(page, "png", scan.toFile());

        try (Browser browser = Browser.open(base, "aVietnameseResidentSendsAScanOfTheirLetter")) {
            browser.go("public.html");
            browser.choose("language-choice", "vi");
            assertThat(browser.textOnceItContains(By.cssSelector("#public-form button[type=submit]"), "Gửi"))
                    .isEqualTo("Gửi");
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
            browser.field("name").sendKeys("Nguyễn Thị Lan");
            browser.choose("targetLanguage", "vi");
            browser.field("letter").sendKeys(scan.toString());
            browser.set("wantedBy", LocalDate.now().plusDays(30).toString());
            Thread.sleep(3_200); // a person takes longer than the form's minimum to fill it in
            browser.photograph("1-the-form-in-vietnamese-with-the-letter-chosen");
            browser.driver().findElement(By.cssSelector("#public-form button[type=submit]")).click();

            String link = browser.field("status-link").getText();
            String received = browser.driver().findElement(By.id("messages")).getText();
            assertThat(received).contains("Chúng tôi đã nhận yêu cầu của bạn.");
            Matcher number = NUMBER.matcher(received);
            assertThat(number.find()).isTrue();

            browser.driver().get(link);
            assertThat(browser.textOnceItContains(By.id("status-text"), "Đã tiếp nhận"))
                    .isEqualTo("Đã tiếp nhận; người phụ trách sẽ xem sớm.");
            assertThat(browser.field("letter").getText()).isEqualTo(scan.getFileName().toString());
            assertThat(new Select(browser.field("language-choice")).getFirstSelectedOption().getText())
                    .isEqualTo("Tiếng Việt");
            browser.photograph("2-the-status-in-vietnamese");

            Api.as(base, "emily").call().get("requests/{n}", number.group()).then().statusCode(200)
                    .body("letter.fileName", org.hamcrest.Matchers.equalTo(scan.getFileName().toString()));
        } finally {
            Files.deleteIfExists(scan);
        }
    }
}
