package org.kakehashi.it;

import io.restassured.path.json.JsonPath;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.kakehashi.calendar.FiscalYear;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

/**
 * Machine translation as a draft against a real HTTP server that speaks LibreTranslate's API: off until the
 * administrator turns it on for a pair; a segment the memory has nothing for is drafted once, marked in the editor
 * and the XLIFF, counted in the report, and cannot be handed over unedited unless the translator confirms it; a
 * failing or silent machine leaves the job to be translated by hand.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MachineDraftsIT {

    private static final List<String> SETTINGS = List.of("machine.engine", "machine.address", "machine.pairs",
            "machine.timeout-seconds");

    @ArquillianResource
    URL base;

    @AfterEach
    void machineOff() {
        SETTINGS.forEach(setting -> Api.as(base, "admin").call().delete("admin/settings/{name}", setting)
                .then().statusCode(200));
    }

    private void machineFor(MachineTranslationServer server, String pairs) {
        Map.of("machine.engine", "libretranslate", "machine.address", server.url(), "machine.pairs", pairs,
                        "machine.timeout-seconds", "2")
                .forEach((setting, value) -> Api.as(base, "admin").call().body(Map.of("value", value))
                        .put("admin/settings/{name}", setting).then().statusCode(200));
    }

    private String acceptedRequest(String text) {
        String number = Api.as(base, "sato").submit(text);
        Api emily = Api.as(base, "emily");
        emily.complete(emily.taskFor(number, "triageRequest"), Map.of("outcome", "accept"));
        return number;
    }

    private static String unique(String sentence) {
        return "第" + ThreadLocalRandom.current().nextInt(100_000, 999_999) + "回" + sentence;
    }

    @Test
    void aSegmentTheMemoryLacksIsDraftedOnceMarkedAndNotHandedOverUnconfirmed() throws Exception {
        try (MachineTranslationServer machine = new MachineTranslationServer()) {
            String text = unique("国際交流の集いを開きます。");
            String offNumber = acceptedRequest(text);
            Api emily = Api.as(base, "emily");
            emily.call().get("requests/{n}/jobs/en/segments", offNumber).then().statusCode(200)
                    .body("[0].prefilled", equalTo(null));
            assertThat(machine.asked()).as("off by default").isEmpty();

            machineFor(machine, "ja>zh-Hans");
            emily.call().get("requests/{n}/jobs/en/segments", offNumber).then().statusCode(200)
                    .body("[0].prefilled", equalTo(null));
            assertThat(machine.asked()).as("not for a pair the office did not allow").isEmpty();

            machineFor(machine, "ja>en");
            String number = acceptedRequest(text);
            JsonPath segments = emily.call().get("requests/{n}/jobs/en/segments", number).then().statusCode(200)
                    .extract().jsonPath();
            assertThat(segments.getString("[0].prefilled")).isEqualTo("MACHINE");
            assertThat(segments.getString("[0].draftedBy")).isEqualTo("LibreTranslate");
            assertThat(segments.getString("[0].target")).isEqualTo("MT: " + text);
            assertThat(machine.asked()).singleElement()
                    .isEqualTo(new MachineTranslationServer.Asked("ja", "en", List.of(text)));

            emily.call().get("requests/{n}/jobs/en/xliff", number).then().statusCode(200)
                    .body(containsString("type=\"mt\""),
                            containsString("origin=\"machine translation: LibreTranslate\""),
                            containsString("state=\"initial\""),
                            containsString("subState=\"kakehashi:machine-draft\""));
            assertThat(machine.asked()).as("each segment is asked for once").hasSize(1);

            String id = segments.getString("[0].id");
            String translate = emily.taskFor(number, "translateRequest");
            emily.call().header("Accept-Language", "en").body(Map.of("segments", Map.of(id, "MT: " + text)))
                    .post("tasks/{id}/checks", translate).then().statusCode(200)
                    .body("kind", equalTo(List.of("MACHINE_DRAFT")))
                    .body("[0].message", containsString("machine's draft"));
            List<String> held = emily.call().body(Map.of("segments", Map.of(id, "MT: " + text)))
                    .post("tasks/{id}/segments", translate).then().statusCode(409)
                    .extract().jsonPath().getList("errors.field", String.class);
            assertThat(held).singleElement().satisfies(key -> assertThat(key).startsWith("MACHINE_DRAFT:" + id));
            emily.call().body(Map.of("segments", Map.of(id, "MT: " + text),
                            "overrides", Map.of(held.get(0), "checked against the source")))
                    .post("tasks/{id}/segments", translate).then().statusCode(204);

            int year = FiscalYear.of(LocalDate.now(ZoneId.of("Asia/Tokyo"))).startYear();
            Api.as(base, "emily").call().queryParam("year", year).get("reports/fiscal-year").then().statusCode(200)
                    .body("languagePairs.find { it.source == 'ja' && it.target == 'en' }.machineDrafted",
                            greaterThanOrEqualTo(1));
        }
    }

    @Test
    void aFailingOrSilentMachineLeavesTheJobToBeTranslatedByHand() throws Exception {
        try (MachineTranslationServer machine = new MachineTranslationServer()) {
            machineFor(machine, "ja>en");
            machine.behave(MachineTranslationServer.Behaviour.FAILS);
            String failing = acceptedRequest(unique("防災訓練を行います。"));
            Api emily = Api.as(base, "emily");
            emily.call().get("requests/{n}/jobs/en/segments", failing).then().statusCode(200)
                    .body("[0].prefilled", equalTo(null));

            machine.behave(MachineTranslationServer.Behaviour.STALLS);
            String silent = acceptedRequest(unique("防災訓練を行います。"));
            Instant asked = Instant.now();
            JsonPath segments = emily.call().get("requests/{n}/jobs/en/segments", silent).then().statusCode(200)
                    .extract().jsonPath();
            assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(8));
            assertThat(segments.getString("[0].prefilled")).isNull();

            String id = segments.getString("[0].id");
            String number = segments.getString("[0].text").replaceAll("\\D", "");
            emily.call().body(Map.of("segments", Map.of(id, "The " + number + "th disaster drill is held.")))
                    .post("tasks/{id}/segments", emily.taskFor(silent, "translateRequest")).then().statusCode(204);
        }
    }
}
