package org.kakehashi.it.browser;

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
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A translation delivered to Napier on Waitangi Day 2027 — Saturday 6 February, its holiday Mondayised to Monday
 * 8 February — waits for Napier's next office hour, Tuesday 9 February 09:00 NZDT (Monday 20:00 UTC, 05:00 in
 * the city): the coordinator sees the mail held until then, in Napier's time and the city's, and can send it now.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
class PartnerOfficeHoursBrowserIT {

    /** Saturday 6 February 2027, 10:00 in the city. */
    private static final String WAITANGI_DAY_MORNING = "2027-02-06T01:00:00Z";

    @ArquillianResource
    URL base;

    @Test
    void aDeliveryToNapierOnANewZealandHolidayWaitsForItsNextOfficeHour() throws Exception {
        Api emily = Api.as(base, "emily");
        MailCatcher.start();
        emily.call().queryParam("at", WAITANGI_DAY_MORNING).post("test/office-hours").then().statusCode(204);
        try {
            String number = deliverToNapier();
            Map<String, Object> held = emily.call().queryParam("request", number).get("notifications/outbox")
                    .then().statusCode(200).extract().jsonPath()
                    .<Map<String, Object>>getList("").stream()
                    .filter(mail -> "aroha@napier.example.nz".equals(mail.get("recipient"))).findFirst()
                    .orElseThrow();
            assertThat(held.get("notBefore")).isEqualTo("2027-02-08T20:00:00Z");
            assertThat(held.get("notBeforeZone")).isEqualTo("Pacific/Auckland");

            try (Browser browser = Browser.open(base, "aDeliveryToNapierOnANewZealandHolidayWaits")) {
                browser.logIn("emily", TestOffice.PASSWORD);
                browser.go("tasks.html");
                By napiersMail = By.xpath("//tbody[@id='held-mail']/tr[td[1][normalize-space()='" + number + "']]");
                WebElement row = browser.await(napiersMail).driver().findElement(napiersMail);
                assertThat(row.getText()).contains("aroha@napier.example.nz", "2027/02/09 9:00", "Pacific/Auckland",
                        "2027/02/09 5:00");
                browser.photograph("1-the-mail-to-napier-waits-for-tuesday-morning-in-napier");

                row.findElement(By.tagName("button")).click();
                assertThat(MailCatcher.mailAbout("aroha@napier.example.nz", number).getSubject())
                        .isEqualTo("[Kakehashi] A translation for you (request " + number + ")");
            }
        } finally {
            emily.call().delete("test/office-hours").then().statusCode(204);
            MailCatcher.stop();
        }
    }

    private String deliverToNapier() throws InterruptedException {
        Api sato = Api.as(base, "sato");
        Api emily = Api.as(base, "emily");
        String number = sato.call()
                .body(Map.of("sourceLanguage", "ja", "targetLanguages", List.of("en"), "partners", List.of("napier"),
                        "text", "姉妹都市交流：3月に中学生の訪問団が出発します。",
                        "wantedBy", LocalDate.now().plusDays(30).toString()))
                .post("requests").then().statusCode(201).extract().path("number");
        emily.complete(emily.taskFor(number, "triageRequest"), Map.of("outcome", "accept"));
        emily.complete(emily.taskFor(number, "translateRequest"),
                Map.of("translation", "Sister-city exchange: a delegation of junior high school students leaves in March."));
        Api tanaka = Api.as(base, "tanaka");
        tanaka.complete(tanaka.taskFor(number, "reviewTranslation"), Map.of("outcome", "approve"));
        sato.awaitStatus(number, "DELIVERED");
        return number;
    }
}
