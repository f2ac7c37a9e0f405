package org.kakehashi.it;

import io.restassured.path.json.JsonPath;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The requester of a Japanese text says whether an easy-Japanese version is wanted too, or why not: a version
 * wanted is a rewrite job into Japanese that the coordinator does, the answers are counted in the fiscal-year
 * report, and a text in another language is not asked.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EasyJapaneseIT {

    @ArquillianResource
    URL base;

    @Test
    void anEasyJapaneseVersionWantedIsARewriteJobForTheCoordinatorAndTheAnswersAreCounted() {
        Api sato = Api.as(base, "sato");
        Api emily = Api.as(base, "emily");
        long wantedBefore = answered(emily, "必要");

        String number = sato.call().body(form("ja", "wanted", null)).post("requests").then().statusCode(201)
                .body("easyJapanese.wanted", equalTo(true)).extract().path("number");
        assertThat(emily.request(number).getList("jobs.targetLanguage", String.class)).containsExactly("en", "ja");
        emily.complete(emily.taskFor(number, "triageRequest"), Map.of("outcome", "accept"));
        assertThat(emily.request(number).getString("jobs.find { it.targetLanguage == 'ja' }.translatorGroup"))
                .isEqualTo("coordinator");
        emily.taskFor(number, "translateRequest", "ja");

        sato.call().body(form("ja", "not-needed", null)).post("requests").then().statusCode(400)
                .body("errors[0].field", equalTo("easyJapaneseReason"));
        String letter = sato.call().body(form("ja", "not-needed", "not-for-residents")).post("requests").then()
                .statusCode(201).body("easyJapanese.reason", equalTo("NOT_FOR_RESIDENTS")).extract().path("number");
        assertThat(emily.request(letter).getList("jobs.targetLanguage", String.class)).containsExactly("en");
        Map<String, Object> english = form("en", "wanted", null);
        english.put("targetLanguages", List.of("ja"));
        sato.call().body(english).post("requests").then().statusCode(400)
                .body("errors[0].field", equalTo("easyJapanese"));

        assertThat(answered(emily, "必要")).isEqualTo(wantedBefore + 1);
        assertThat(answered(emily, "不要（読み手が住民ではない）")).isPositive();
    }

    private static Map<String, Object> form(String source, String easyJapanese, String reason) {
        Map<String, Object> form = new HashMap<>(Map.of("sourceLanguage", source, "targetLanguages",
                List.of(source.equals("ja") ? "en" : "ja"), "text", source.equals("ja")
                        ? "ごみの分別のお知らせです。" : "A notice on sorting rubbish.",
                "wantedBy", LocalDate.now().plusDays(20).toString(), "easyJapanese", easyJapanese));
        if (reason != null) {
            form.put("easyJapaneseReason", reason);
        }
        return form;
    }

    /** The requests of this fiscal year with that answer, as the report's easy-Japanese table counts them. */
    private static long answered(Api office, String answer) {
        JsonPath report = office.call().header("Accept-Language", "ja").get("reports/fiscal-year").then()
                .statusCode(200).extract().jsonPath();
        List<List<Object>> rows = report.getList("tables.find { it.name == 'easy-japanese' }.rows");
        return rows.stream().filter(row -> answer.equals(row.get(0))).mapToLong(row -> ((Number) row.get(1)).longValue())
                .sum();
    }
}
