package org.kakehashi.it;

import io.restassured.path.json.JsonPath;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The termbase kept by the office and read at the desk; a translation with a changed amount and a department's
 * name that is not the directory's held back by the checks, fixed, one finding kept with its reason for the
 * reviewer, reviewed and delivered.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TermsAndChecksIT {

    @ArquillianResource
    URL base;

    @Test
    void theOfficeKeepsAnEntryEveryChangeAuditedAndRetiresIt() {
        Api emily = Api.as(base, "emily");
        String word = "説明会" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String id = emily.call().body(Map.of("subjectField", "events", "terms", List.of(
                        Map.of("language", "ja", "text", word, "status", "PREFERRED"),
                        Map.of("language", "en", "text", "briefing", "status", "PREFERRED"),
                        Map.of("language", "en", "text", "explanation meeting", "status", "FORBIDDEN"))))
                .post("terms").then().statusCode(201).extract().path("id");

        emily.call().queryParam("q", word).get("terms").then().statusCode(200)
                .body("id", hasItem(id));
        JsonPath entry = emily.call().get("terms/{id}", id).then().statusCode(200).extract().jsonPath();
        emily.call().body(Map.of("version", entry.getLong("version"), "subjectField", "events", "terms", List.of(
                        Map.of("language", "ja", "text", word, "status", "PREFERRED"),
                        Map.of("language", "en", "text", "information session", "status", "PREFERRED"))))
                .put("terms/{id}", id).then().statusCode(200)
                .body("terms.text", hasItem("information session"));
        // the version read before the change is stale now: nobody overwrites another's change unseen
        emily.call().body(Map.of("version", entry.getLong("version"), "terms", List.of(
                        Map.of("language", "ja", "text", word, "status", "PREFERRED"))))
                .put("terms/{id}", id).then().statusCode(409).body("errors[0].field", equalTo("version"));

        Api.as(base, "sato").call().body(Map.of("terms", List.of(Map.of("language", "ja", "text", "何か"))))
                .post("terms").then().statusCode(403);
        emily.call().body(Map.of("terms", List.of(Map.of("language", "xx-!!", "text", "何か"))))
                .post("terms").then().statusCode(400).body("errors[0].field", equalTo("terms[0].language"));

        emily.call().body(Map.of("reason", "")).post("terms/{id}/retirement", id).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        emily.call().body(Map.of("reason", "the event has a new name")).post("terms/{id}/retirement", id)
                .then().statusCode(200).body("retired", equalTo(true));
        emily.call().queryParam("q", word).get("terms").then().statusCode(200).body("id.size()", equalTo(0));

        Api.as(base, "admin").call().queryParam("limit", 50).get("admin/changes").then().statusCode(200)
                .body("subject", hasItem(id));
    }

    @Test
    void aDepartmentOfTheDirectoryIsAnEntryWhoseNamesFollowTheDirectory() {
        Api admin = Api.as(base, "admin");
        String code = "kokusai-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        admin.call().body(Map.of("code", code, "nameJa", "国際交流課" + code, "nameEn", "International Exchange Division"))
                .post("admin/departments").then().statusCode(201);
        Api emily = Api.as(base, "emily");
        emily.call().queryParam("q", "国際交流課" + code).get("terms").then().statusCode(200)
                .body("[0].directoryKey", equalTo("department:" + code))
                .body("[0].terms.findAll { it.language == 'en' }.text",
                        equalTo(List.of("International Exchange Division")));

        admin.call().body(Map.of("code", code, "nameJa", "国際交流課" + code, "nameEn", "International Relations Division"))
                .put("admin/departments/{code}", code).then().statusCode(200);
        JsonPath entry = emily.call().queryParam("q", "国際交流課" + code).get("terms").then().statusCode(200)
                .extract().jsonPath();
        assertThat(entry.getList("[0].terms.findAll { it.language == 'en' }.text", String.class))
                .containsExactly("International Relations Division");
        emily.call().body(Map.of("reason", "merged")).post("terms/{id}/retirement", entry.getString("[0].id"))
                .then().statusCode(400);
    }

    @Test
    void theMayorIsATermWhereHeStandsNotInsideTheDeputyMayor() {
        Api emily = Api.as(base, "emily");
        JsonPath hits = emily.call().queryParam("source", "ja").queryParam("target", "en")
                .queryParam("text", "副市長と総合福祉課長が総合福祉課で説明します。")
                .get("terms/hits").then().statusCode(200).extract().jsonPath();
        // the department is an entry of the directory, its English name the one to use
        assertThat(hits.getList("text", String.class)).containsExactly("総合福祉課");
        assertThat(hits.getList("[0].preferred", String.class)).containsExactly("General Welfare Division");
    }

    @Test
    void aChangedAmountAndAWrongDepartmentNameHoldTheTranslationBackUntilFixedOrKept() throws Exception {
        Api sato = Api.as(base, "sato");
        Api emily = Api.as(base, "emily");
        String number = sato.submit("総合福祉課の説明会は令和8年10月29日に開きます。参加費は1,500円です。");
        emily.complete(emily.taskFor(number, "triageRequest"), Map.of("outcome", "accept"));
        String translate = emily.taskFor(number, "translateRequest");

        List<String> held = emily.call().header("Accept-Language", "en")
                .body(Map.of("translation", "The Welfare Section holds a briefing on October 29, 2026. "
                        + "The fee is 1,800 yen."))
                .post("tasks/{id}/complete", translate)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:kakehashi:problem:quality.held-back"))
                .extract().jsonPath().getList("errors.field", String.class);
        assertThat(held).hasSize(2)
                .anySatisfy(key -> assertThat(key).startsWith("AMOUNT:").contains("1,500円"))
                .anySatisfy(key -> assertThat(key).startsWith("PREFERRED_TERM:").contains("総合福祉課"));
        String term = held.stream().filter(key -> key.startsWith("PREFERRED_TERM:")).findFirst().orElseThrow();

        // the name kept with a reason, the amount fixed: the reviewer reads the reason, the timeline keeps it
        emily.call().body(Map.of("overrides", Map.of("AMOUNT:tu0:s9:999円", "no such finding")))
                .post("tasks/{id}/overrides", translate).then().statusCode(400)
                .body("errors[0].field", equalTo("overrides"));
        emily.call().body(Map.of("overrides", Map.of(term, " ")))
                .post("tasks/{id}/overrides", translate).then().statusCode(400);
        emily.call().body(Map.of("overrides", Map.of(term, "the requester asked for the short name")))
                .post("tasks/{id}/overrides", translate).then().statusCode(204);
        emily.call().body(Map.of("translation", "The Welfare Section holds a briefing on October 29, 2026. "
                        + "The fee is 1,500 yen."))
                .post("tasks/{id}/complete", translate).then().statusCode(204);

        Api tanaka = Api.as(base, "tanaka");
        tanaka.call().get("requests/{n}/jobs/en/findings", number).then().statusCode(200)
                .body("findAll { it.reason != null }.kind", equalTo(List.of("PREFERRED_TERM")))
                .body("findAll { it.reason != null }[0].reason", equalTo("the requester asked for the short name"))
                .body("findAll { it.kind == 'AMOUNT' }[0].reason", equalTo(null));
        tanaka.call().get("requests/{n}", number).then()
                .body("timeline.event", hasItem("CHECK_OVERRIDDEN"))
                .body("timeline.find { it.event == 'CHECK_OVERRIDDEN' }.note",
                        containsString("the requester asked for the short name"));
        Api.as(base, "sato").call().get("requests/{n}/jobs/en/findings", number).then().statusCode(403);

        tanaka.complete(tanaka.taskFor(number, "reviewTranslation"), Map.of("outcome", "approve"));
        sato.awaitStatus(number, "DELIVERED");
    }
}
