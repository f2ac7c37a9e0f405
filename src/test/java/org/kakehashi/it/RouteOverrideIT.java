package org.kakehashi.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Routing reads the request's topic and purpose (a legal text goes to a specialist even in the pair the
 * coordinator translates), and the coordinator can send a job elsewhere with a reason, on the timeline, before its
 * translation is handed in: its open task goes to the new group.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RouteOverrideIT {

    @ArquillianResource
    URL base;

    @Test
    void aLegalTextGoesToASpecialistAndTheCoordinatorCanTakeItInHouseWithAReason() {
        String number = Api.as(base, "sato").call().body(Map.of("sourceLanguage", "ja", "targetLanguages", List.of("en"),
                        "text", "外国人住民の相談窓口の設置に関する協定書", "topic", "legal", "purpose", "PUBLIC_NOTICE",
                        "wantedBy", LocalDate.now().plusDays(20).toString()))
                .post("requests").then().statusCode(201).extract().path("number");
        Api emily = Api.as(base, "emily");
        emily.complete(emily.taskFor(number, "triageRequest"), Map.of("outcome", "accept"));

        assertThat(emily.request(number).getString("jobs[0].translatorGroup")).isEqualTo("linguist");
        assertThat(emily.request(number).getString("jobs[0].reviewerGroup")).isEqualTo("external-reviewer");

        String route = "requests/{number}/jobs/en/route";
        emily.call().body(Map.of("translatorGroup", "mayor", "reviewerGroup", "reviewer", "reason", "急ぎ"))
                .put(route, number).then().statusCode(400).body("errors[0].field", equalTo("translatorGroup"));
        emily.call().body(Map.of("translatorGroup", "coordinator", "reviewerGroup", "reviewer", "reason", " "))
                .put(route, number).then().statusCode(400).body("errors[0].field", equalTo("reason"));
        Api.as(base, "sato").call().body(Map.of("translatorGroup", "coordinator", "reviewerGroup", "reviewer",
                "reason", "急ぎ")).put(route, number).then().statusCode(403);

        emily.call().body(Map.of("translatorGroup", "coordinator", "reviewerGroup", "reviewer",
                        "reason", "定型の協定書で、法務課の確認済み"))
                .put(route, number).then().statusCode(204);

        assertThat(emily.request(number).getString("jobs[0].translatorGroup")).isEqualTo("coordinator");
        assertThat(emily.request(number).getList("timeline.findAll { it.event == 'ROUTE_OVERRIDDEN' }.note",
                String.class)).containsExactly("coordinator / reviewer: 定型の協定書で、法務課の確認済み");
        String translate = emily.taskFor(number, "translateRequest");
        assertThat(emily.call().get("tasks/{id}/candidates", translate).then().statusCode(200).extract().jsonPath()
                .getList("username", String.class)).contains("emily", "tanaka");

        emily.complete(translate, Map.of("translation", "Agreement on a consultation desk for foreign residents"));
        emily.call().body(Map.of("translatorGroup", "linguist", "reviewerGroup", "external-reviewer",
                "reason", "やはり外部へ")).put(route, number).then().statusCode(409);
        // the in-house reviewers the override chose review it, not the external ones of the table
        Api.as(base, "tanaka").taskFor(number, "reviewTranslation");
    }
}
