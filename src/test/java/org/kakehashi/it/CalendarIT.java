package org.kakehashi.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** The city's closed days: the law's holidays and year-end days, and the days an administrator adds. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalendarIT {

    @ArquillianResource
    URL base;

    @Test
    void theClosedDaysOf2026IncludeTheSubstituteAndCitizensHolidaysAndTheYearEnd() {
        Api.as(base, "sato").call().queryParam("year", 2026).get("calendar/closed-days")
                .then().statusCode(200)
                .body("date", hasItems("2026-05-06", "2026-09-22", "2026-12-29", "2026-12-31"))
                .body("find { it.date == '2026-09-22' }.nameJa", equalTo("国民の休日"))
                .body("find { it.date == '2026-12-30' }.kind", equalTo("YEAR_END"));
    }

    @Test
    void onlyAnAdministratorAddsTheCitysOwnClosedDays() {
        Map<String, String> electionDay = Map.of("date", "2031-04-14", "reason", "市長選挙に伴う庁舎閉鎖");
        Api.as(base, "emily").call().body(electionDay).post("calendar/closed-days")
                .then().statusCode(403).contentType("application/problem+json");

        Api admin = Api.as(base, "admin");
        admin.call().body(electionDay).post("calendar/closed-days").then().statusCode(200);
        admin.call().queryParam("year", 2031).get("calendar/closed-days")
                .then().statusCode(200)
                .body("find { it.date == '2031-04-14' }.kind", equalTo("CITY"));

        admin.call().delete("calendar/closed-days/{date}", "2031-04-14").then().statusCode(204);
    }

    @Test
    void aYearOutsideTheKnownRulesIsRefusedOnTheYearField() {
        Api.as(base, "sato").call().queryParam("year", 2150).get("calendar/closed-days")
                .then().statusCode(400).body("errors[0].field", equalTo("year"));
    }
}
