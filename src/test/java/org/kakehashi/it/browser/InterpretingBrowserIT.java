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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinator's week of interpretations: bookings on their days, the office's closed days, and the double
 * booking said in words — on the calendar and on the scheduling form before the coordinator books.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
class InterpretingBrowserIT {

    @ArquillianResource
    URL base;

    @Test
    void theWeekShowsBookingsAndTheSchedulingFormWarnsOfADoubleBooking() throws Exception {
        // a Wednesday years ahead, a week of its own, away from other tests' bookings
        LocalDate wednesday = LocalDate.of(2031, 1, 8).plusWeeks(ThreadLocalRandom.current().nextInt(2500));
        String booked = submit(wednesday, "10:00", "12:00");
        Api emily = Api.as(base, "emily");
        emily.complete(emily.taskFor(booked, "triageInterpretation"), Map.of("outcome", "accept"));
        emily.complete(emily.taskFor(booked, "scheduleInterpretation"),
                Map.of("outcome", "schedule", "interpreter", "emily"));
        String clashing = submit(wednesday, "12:30", "14:00");
        emily.complete(emily.taskFor(clashing, "triageInterpretation"), Map.of("outcome", "accept"));
        String scheduling = emily.taskFor(clashing, "scheduleInterpretation");

        try (Browser browser = Browser.open(base, "theWeekShowsBookingsAndTheSchedulingFormWarnsOfADoubleBooking")) {
            browser.useLanguage("en").logIn("emily", TestOffice.PASSWORD);
            browser.go("interpreting.html?start=" + wednesday);
            String day = browser.textOnceItContains(By.xpath("//ol[@id='week']/li[3]"), clashing);
            assertThat(day).contains(booked, "10:00–12:00", "Interpreter: Emily (CIR)")
                    .contains("12:30–14:00", "No interpreter booked yet", "Booking emily would clash with " + booked);
            assertThat(browser.field("week-summary").getText()).contains("2 interpretations this week.");
            browser.photograph("week");

            browser.go("work.html?task=" + scheduling).await(By.cssSelector("#work:not([hidden])"));
            browser.choose("interpreter", "emily");
            assertThat(browser.textOnceItContains(By.id("interpreter-note"), booked))
                    .contains("booked for " + booked);
            browser.choose("interpreter", "tanaka");
            assertThat(browser.textOnceItContains(By.id("interpreter-note"), "Free")).isEqualTo("Free at that time.");
            browser.photograph("scheduling-form");
        }
    }

    @Test
    void aWeekWithNationalHolidaysShowsTheOfficeClosedByName() throws Exception {
        try (Browser browser = Browser.open(base, "aWeekWithNationalHolidaysShowsTheOfficeClosedByName")) {
            browser.logIn("emily", TestOffice.PASSWORD);
            // Golden Week 2027: 3 May Constitution Memorial Day, 4 May Greenery Day, 5 May Children's Day
            browser.go("interpreting.html?start=2027-05-05");
            assertThat(browser.textOnceItContains(By.xpath("//ol[@id='week']/li[1]"), "閉庁日"))
                    .contains("憲法記念日");
            assertThat(browser.field("week").getText()).contains("みどりの日", "こどもの日");
            assertThat(browser.field("week-label").getText()).startsWith("令和9年5月3日");
        }
    }

    private String submit(LocalDate day, String from, String to) {
        return Api.as(base, "sato").call()
                .body(Map.of("type", "interpretation", "sourceLanguage", "ja", "targetLanguages", List.of("en"),
                        "event", Map.of("start", day + "T" + from, "end", day + "T" + to, "timeZone", "Asia/Tokyo",
                                "place", "市民会館", "mode", "consecutive")))
                .post("requests").then().statusCode(201).extract().path("number");
    }
}
