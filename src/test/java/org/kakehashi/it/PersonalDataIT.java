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
import static org.hamcrest.Matchers.hasItem;

/**
 * The personal data in a request's text is before the coordinator at triage; the job goes to a contracted linguist
 * only on the coordinator's word, and a My Number never reaches them: they read it masked, in the request, the
 * editor's segments and the XLIFF file. A delivery to a partner with personal data waits for the coordinator too.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersonalDataIT {

    // 123456789018 ends in the check digit the My Number ordinance gives for 12345678901
    private static final String TEXT = "申請者の個人番号は123456789018です。連絡先は090-1234-5678です。";
    private static final String MASKED = "申請者の個人番号は＊＊＊＊＊＊＊＊＊＊＊＊です。連絡先は090-1234-5678です。";

    @ArquillianResource
    URL base;

    @Test
    void theCoordinatorSeesThePersonalDataAtTriageAndTheLinguistReadsTheMyNumberMasked() {
        String number = Api.as(base, "sato").call().body(Map.of("sourceLanguage", "ja",
                        "targetLanguages", List.of("zh-Hans"), "text", TEXT,
                        "wantedBy", LocalDate.now().plusDays(30).toString()))
                .post("requests").then().statusCode(201).extract().path("number");
        Api emily = Api.as(base, "emily");

        emily.call().header("Accept-Language", "ja").get("requests/{n}", number).then().statusCode(200)
                .body("intakeFindings.kind", hasItem("PERSONAL_DATA"))
                .body("intakeFindings.message", hasItem("本文に個人番号（マイナンバー）があります（1件）。"
                        + "外部の翻訳者や姉妹都市に渡す前に、翻訳に必要かどうか確認してください。"))
                .body("intakeFindings.message", hasItem("本文に電話番号があります（1件）。"
                        + "外部の翻訳者や姉妹都市に渡す前に、翻訳に必要かどうか確認してください。"));
        emily.complete(emily.taskFor(number, "triageRequest"), Map.of("outcome", "accept"));
        Api lin = Api.as(base, "lin");
        assertThat(lin.call().queryParam("request", number).get("tasks").then().statusCode(200).extract()
                .jsonPath().getList("tasks")).as("nothing for the linguist before the coordinator's word").isEmpty();
        emily.complete(emily.taskFor(number, "confirmHandOut", "zh-Hans"), Map.of("outcome", "hand-out",
                "comment", "The linguist needs the contact number; the My Number stays masked"));
        lin.taskFor(number, "translateRequest", "zh-Hans");
        assertThat(emily.request(number).getList("timeline.findAll { it.event == 'HAND_OUT_CONFIRMED' }.note",
                String.class)).containsExactly("The linguist needs the contact number; the My Number stays masked");

        lin.call().get("requests/{n}", number).then().statusCode(200).body("text", equalTo(MASKED));
        List<String> linsSegments = lin.call().get("requests/{n}/jobs/zh-Hans/segments", number).then()
                .statusCode(200).extract().jsonPath().getList("text", String.class);
        assertThat(String.join("", linsSegments)).isEqualTo(MASKED);
        String linsFile = lin.call().get("requests/{n}/jobs/zh-Hans/xliff", number).then().statusCode(200)
                .extract().asString();
        assertThat(linsFile).contains("＊＊＊＊＊＊＊＊＊＊＊＊").doesNotContain("123456789018").contains("090-1234-5678");
        emily.call().get("requests/{n}", number).then().statusCode(200).body("text", equalTo(TEXT));
    }

    @Test
    void aDeliveryToNapierWithAPhoneNumberInItsTranslationWaitsForTheCoordinatorsWord() throws Exception {
        Api sato = Api.as(base, "sato");
        Api emily = Api.as(base, "emily");
        String number = sato.call().body(Map.of("sourceLanguage", "ja", "targetLanguages", List.of("en"),
                        "partners", List.of("napier"), "text", "交流事業の担当は佐藤です。電話は0835-12-3456です。",
                        "wantedBy", LocalDate.now().plusDays(30).toString()))
                .post("requests").then().statusCode(201).extract().path("number");
        emily.complete(emily.taskFor(number, "triageRequest"), Map.of("outcome", "accept"));
        emily.complete(emily.taskFor(number, "translateRequest"), Map.of("translation",
                "Sato is in charge of the exchange. Phone: 0835-12-3456."));
        Api tanaka = Api.as(base, "tanaka");
        tanaka.complete(tanaka.taskFor(number, "reviewTranslation"), Map.of("outcome", "approve"));

        String confirm = emily.taskFor(number, "confirmDelivery");
        assertThat(emily.request(number).getString("status")).as("held, not delivered").isEqualTo("READY");
        Api.as(base, "sato").call().body(Map.of("outcome", "deliver")).post("tasks/{id}/complete", confirm).then()
                .statusCode(org.hamcrest.Matchers.oneOf(403, 404));
        emily.complete(confirm, Map.of("outcome", "deliver", "comment", "Napier calls Sato about the visit"));

        assertThat(sato.awaitStatus(number, "DELIVERED").getList(
                "timeline.findAll { it.event == 'DELIVERY_CONFIRMED' }.note", String.class))
                .containsExactly("Napier calls Sato about the visit");
    }

    @Test
    void aDeliveryToNapierWithoutPersonalDataGoesOutAtOnce() throws Exception {
        Api sato = Api.as(base, "sato");
        Api emily = Api.as(base, "emily");
        String number = sato.call().body(Map.of("sourceLanguage", "ja", "targetLanguages", List.of("en"),
                        "partners", List.of("napier"), "text", "交流事業のお知らせです。",
                        "wantedBy", LocalDate.now().plusDays(30).toString()))
                .post("requests").then().statusCode(201).extract().path("number");
        emily.complete(emily.taskFor(number, "triageRequest"), Map.of("outcome", "accept"));
        emily.complete(emily.taskFor(number, "translateRequest"), Map.of("translation", "A notice on the exchange."));
        Api tanaka = Api.as(base, "tanaka");
        tanaka.complete(tanaka.taskFor(number, "reviewTranslation"), Map.of("outcome", "approve"));

        sato.awaitStatus(number, "DELIVERED");
    }
}
