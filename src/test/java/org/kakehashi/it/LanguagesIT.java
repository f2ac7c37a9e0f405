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

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The languages API and the language rules of a submission. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LanguagesIT {

    @ArquillianResource
    URL base;

    @Test
    void languagesAreNamedInTheRequestedLanguage() {
        given().baseUri(base.toString()).basePath("api").queryParam("lang", "ja").get("languages")
                .then().statusCode(200)
                .body("find { it.tag == 'zh-Hans' }.name", equalTo("中国語（簡体字）"))
                .body("find { it.tag == 'ar' }.direction", equalTo("RTL"))
                .body("find { it.tag == 'ja' }.script", equalTo("Jpan"));
    }

    @Test
    void withoutAParameterTheAcceptLanguageDecides() {
        given().baseUri(base.toString()).basePath("api").header("Accept-Language", "en-NZ")
                .get("languages")
                .then().statusCode(200)
                .body("find { it.tag == 'zh-Hans' }.name", equalTo("Chinese (Simplified)"))
                .body("find { it.tag == 'mi' }.autonym", equalTo("Māori"));
    }

    @Test
    void anInvalidViewerLanguageIsRefusedOnTheLangField() {
        given().baseUri(base.toString()).basePath("api").queryParam("lang", "日本語").get("languages")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("lang"));
    }

    @Test
    void aLegacyTagIsStoredInItsCanonicalForm() {
        Api.as(base, "sato").call()
                .body(Map.of("sourceLanguage", "ja", "targetLanguages", List.of("zh-TW"), "text", "窓口のご案内",
                        "wantedBy", LocalDate.now().plusDays(30).toString()))
                .post("requests")
                .then().statusCode(201)
                .body("jobs[0].targetLanguage", equalTo("zh-Hant-TW"));
    }

    @Test
    void aLanguageTheOfficeDoesNotOfferIsRefusedOnItsField() {
        Api.as(base, "sato").call()
                .body(Map.of("sourceLanguage", "ja", "targetLanguages", List.of("iw"), "text", "窓口のご案内",
                        "wantedBy", LocalDate.now().plusDays(30).toString()))
                .post("requests")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("targetLanguages"))
                .body("detail", equalTo("The office does not offer he; choose a language from the list."));
    }

    @Test
    void theCountingReceiptCountsJapaneseInCharactersAndStatesItsRules() {
        given().baseUri(base.toString()).basePath("api").contentType("application/json")
                .header("Accept-Language", "ja")
                .body(Map.of("text", "市のHPをご覧ください。", "language", "ja"))
                .post("counting")
                .then().statusCode(200)
                .body("receipt.unit", equalTo("CHARACTERS"))
                .body("receipt.characters", equalTo(12))
                .body("receipt.breakdown.latinWords", equalTo(1))
                .body("receipt.manuscriptPages", equalTo(1))
                .body("rules[0]", org.hamcrest.Matchers.startsWith("文字数は空白・改行を除いて"));
    }

    @Test
    void aSubmittedRequestKeepsItsReceipt() {
        Api.as(base, "sato").call()
                .body(Map.of("sourceLanguage", "ja", "targetLanguages", List.of("en"), "text", "ひとりで 悩んでいませんか？",
                        "wantedBy", LocalDate.now().plusDays(30).toString()))
                .post("requests")
                .then().statusCode(201)
                .body("receipt.characters", equalTo(13))
                .body("receipt.breakdown.kanji", equalTo(1));
    }

    @Test
    void countingWithoutALanguageIsRefusedOnTheLanguageField() {
        given().baseUri(base.toString()).basePath("api").contentType("application/json")
                .body(Map.of("text", "本文"))
                .post("counting")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("language"));
    }

    @Test
    void datesAreWrittenInTheJapaneseEraForJapaneseReaders() {
        Api requester = Api.as(base, "sato");
        String number = requester.call()
                .body(Map.of("sourceLanguage", "ja", "targetLanguages", List.of("en"), "text", "年末年始のごみ収集",
                        "wantedBy", "2027-04-01"))
                .post("requests").then().statusCode(201).extract().path("number");

        requester.call().header("Accept-Language", "ja").get("requests/{number}", number)
                .then().statusCode(200)
                .body("wantedByLabel", equalTo("令和9年4月1日"));
        requester.call().header("Accept-Language", "en").get("requests/{number}", number)
                .then().statusCode(200)
                .body("wantedByLabel", equalTo("1 April 2027"))
                .body("fiscalYear", equalTo("FY" + number.substring(0, 4)));
    }
}
