package org.kakehashi.it;

import io.restassured.path.json.JsonPath;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The forms' live checks of a text: the personal data in it, and where a Japanese text departs from やさしい日本語,
 * in the reader's language.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TextChecksIT {

    @ArquillianResource
    URL base;

    @Test
    void aPlainEndingIsFoundAtItsSentenceWithAdviceInTheReadersLanguage() {
        String text = "ごみは月曜日に出してください。資源ごみは水曜日に出す。";
        JsonPath checks = Api.anonymous(base).header("Accept-Language", "ja")
                .body(Map.of("text", text, "language", "ja")).post("intake/text-checks")
                .then().statusCode(200).extract().jsonPath();

        assertThat(checks.getList("easyJapanese.rule")).containsExactly("plain-ending");
        assertThat(checks.getInt("easyJapanese[0].sentence")).isEqualTo(1);
        assertThat(text.substring(checks.getInt("easyJapanese[0].start"), checks.getInt("easyJapanese[0].end")))
                .isEqualTo(checks.getString("easyJapanese[0].found"));
        assertThat(checks.getString("easyJapanese[0].advice")).startsWith("文の終わりを「です」「ます」に");
    }

    @Test
    void aMyNumberAndAPhoneNumberAreFoundWhereverTheyAreWritten() {
        // 12345678901 weighs 1×6+2×5+3×4+4×3+5×2+6×7+7×6+8×5+9×4+0×3+1×2 = 212 = 19×11 + 3: check digit 11 − 3 = 8
        String text = "個人番号は123456789018、電話は0144-32-6111です。";
        JsonPath checks = Api.anonymous(base).header("Accept-Language", "en")
                .body(Map.of("text", text, "language", "ja")).post("intake/text-checks")
                .then().statusCode(200).extract().jsonPath();

        assertThat(checks.getList("personalData.kind")).containsExactly("my-number", "phone-number");
        assertThat(checks.getList("personalData.found")).containsExactly("123456789018", "0144-32-6111");
        assertThat(checks.getString("personalData[0].advice")).startsWith("This looks like a My Number");
    }

    @Test
    void anEnglishTextHasNoJapaneseChecksAndAMissingLanguageIsNamed() {
        Api.anonymous(base).body(Map.of("text", "Bins go out on Mondays.", "language", "en"))
                .post("intake/text-checks").then().statusCode(200).body("easyJapanese.size()", equalTo(0));
        Api.anonymous(base).body(Map.of("text", "ごみの日")).post("intake/text-checks")
                .then().statusCode(400).body("errors[0].field", equalTo("language"));
    }
}
