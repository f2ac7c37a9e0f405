package org.kakehashi.it;

import io.restassured.path.json.JsonPath;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The memory across the server: a delivery remembered, looked up, exported, removed with a reason, imported. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MemoryIT {

    @ArquillianResource
    URL base;

    /** A notice of this run's own: its room number tells it from every other test's. */
    private static String notice(int room) {
        return "説明会の会場は市役所本館" + room + "号室です。\n申込みは不要です。";
    }

    private String deliver(String text, String translation) throws InterruptedException {
        Api sato = Api.as(base, "sato");
        Api emily = Api.as(base, "emily");
        String number = sato.call()
                .body(Map.of("sourceLanguage", "ja", "targetLanguages", List.of("en"), "text", text,
                        "wantedBy", LocalDate.now().plusDays(30).toString()))
                .post("requests").then().statusCode(201).extract().path("number");
        emily.complete(emily.taskFor(number, "triageRequest"), Map.of("outcome", "accept"));
        emily.complete(emily.taskFor(number, "translateRequest"), Map.of("translation", translation));
        Api tanaka = Api.as(base, "tanaka");
        tanaka.complete(tanaka.taskFor(number, "reviewTranslation"), Map.of("outcome", "approve"));
        sato.awaitStatus(number, "DELIVERED");
        return number;
    }

    private JsonPath matches(String who, String text) {
        return Api.as(base, who).call().queryParam("source", "ja").queryParam("target", "en")
                .queryParam("text", text).get("memory/matches")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aDeliveredTranslationIsRememberedSentenceBySentenceWithWhereItCameFrom() throws InterruptedException {
        int room = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String number = deliver(notice(room),
                "The briefing is held in room " + room + " of City Hall's main building.\nNo application is needed.");

        JsonPath exact = matches("lin", "説明会の会場は市役所本館" + room + "号室です。");
        assertThat(exact.getInt("[0].score")).isEqualTo(100);
        assertThat(exact.getString("[0].target"))
                .isEqualTo("The briefing is held in room " + room + " of City Hall's main building.");
        assertThat(exact.getString("[0].from.request")).isEqualTo(number);
        assertThat(exact.getString("[0].from.department")).isEqualTo("sougou-fukushi");
        assertThat(exact.getString("[0].from.translator")).isEqualTo("emily");
        assertThat(exact.getString("[0].from.reviewer")).isEqualTo("tanaka");

        JsonPath nextYear = matches("emily", "説明会の会場は市役所本館" + (room + 1) + "号室です。");
        assertThat(nextYear.getInt("[0].score")).isBetween(70, 99);
        assertThat(nextYear.getBoolean("[0].sameButNumbers")).isTrue();
        assertThat(nextYear.getString("[0].changes[0].memory")).isEqualTo(Integer.toString(room));
        assertThat(nextYear.getString("[0].changes[0].text")).isEqualTo(Integer.toString(room + 1));
    }

    @Test
    void anEntryRemovedWithAReasonIsNoLongerOfferedAndComesBackFromTheExportedTmx() throws InterruptedException {
        int room = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String number = deliver(notice(room), "Room " + room + ".\nNo application is needed.");
        String sentence = "説明会の会場は市役所本館" + room + "号室です。";
        String entry = matches("emily", sentence).getString("[0].entry");

        byte[] tmx = Api.as(base, "emily").call().queryParam("source", "ja").queryParam("target", "en")
                .get("memory/tmx").then().statusCode(200).contentType(containsString("tmx"))
                .extract().asByteArray();
        assertThat(new String(tmx, StandardCharsets.UTF_8)).contains(sentence, "Room " + room + ".", number);

        Api.as(base, "emily").call().header("Accept-Language", "en").body(Map.of("reason", ""))
                .post("memory/entries/{id}/removal", entry)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("reason"));
        Api.as(base, "lin").call().body(Map.of("reason", "wrong room"))
                .post("memory/entries/{id}/removal", entry).then().statusCode(403);
        Api.as(base, "emily").call().body(Map.of("reason", "部屋番号の誤り"))
                .post("memory/entries/{id}/removal", entry).then().statusCode(204);
        assertThat(matches("emily", sentence).getList("$")).isEmpty();
        assertThat(Api.as(base, "admin").call().get("admin/changes").then().statusCode(200).extract().asString())
                .contains("MEMORY_ENTRY", entry, "部屋番号の誤り");

        Api.as(base, "emily").call().contentType("application/octet-stream").body(tmx).post("memory/tmx")
                .then().statusCode(403);
        JsonPath imported = Api.as(base, "admin").call().contentType("application/octet-stream")
                .header("X-File-Name", "kakehashi.tmx").body(tmx).post("memory/tmx")
                .then().statusCode(200).extract().jsonPath();
        assertThat(imported.getInt("added")).isGreaterThanOrEqualTo(1);
        JsonPath back = matches("emily", sentence);
        assertThat(back.getInt("[0].score")).isEqualTo(100);
        assertThat(back.getString("[0].target")).isEqualTo("Room " + room + ".");
        assertThat(back.getString("[0].from.origin")).isEqualTo("IMPORT");
        assertThat(back.getString("[0].from.request")).isEqualTo(number);
    }

    @Test
    void aBrokenTmxIsRefusedNamingTheFile() {
        Api.as(base, "admin").call().contentType("application/octet-stream").header("Accept-Language", "en")
                .body("<tmx version=\"1.4\"><header/><body>".getBytes(StandardCharsets.UTF_8)).post("memory/tmx")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("file"));
    }
}
