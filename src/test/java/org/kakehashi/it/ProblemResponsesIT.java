package org.kakehashi.it;

import io.restassured.http.ContentType;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

/** Bad input gets an RFC 9457 problem naming the field, in the caller's language — never a 500. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProblemResponsesIT {

    private static final String PROBLEM_JSON = "application/problem+json";

    @ArquillianResource
    URL base;

    private Api requester() {
        return Api.as(base, "sato");
    }

    @Test
    void malformedJsonIsA400() {
        requester().call().body("{\"sourceLanguage\": ").post("requests")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("status", equalTo(400))
                .body("errors.field", hasItem("body"));
    }

    @Test
    void invalidFieldsAreNamedInJapaneseForAJapaneseCaller() {
        requester().call().header("Accept-Language", "ja")
                .body(Map.of("sourceLanguage", "日本語", "targetLanguages", List.of("en"), "text", " ", "wantedBy", "2099-01-01"))
                .post("requests")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("title", equalTo("入力内容に誤りがあります"))
                .body("errors.field", hasItems("sourceLanguage"))
                .body("errors.find { it.field == 'sourceLanguage' }.message", containsString("BCP 47 言語タグ"));
    }

    @Test
    void invalidFieldsAreNamedInEnglishForAnEnglishCaller() {
        requester().call().header("Accept-Language", "en-NZ,en;q=0.8")
                .body(Map.of("sourceLanguage", "ja", "targetLanguages", List.of("en"), "text", "本文"))
                .post("requests")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("title", equalTo("The input is not valid"))
                .body("errors.field", hasItem("wantedBy"));
    }

    @Test
    void aTranslationWithoutTextIsRefusedOnTheTextField() {
        requester().call().header("Accept-Language", "ja")
                .body(Map.of("sourceLanguage", "ja", "targetLanguages", List.of("en"), "text", " ",
                        "wantedBy", "2099-01-01"))
                .post("requests")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("text"))
                .body("detail", equalTo("翻訳する文章を入力してください。"));
    }

    @Test
    void theSameSourceAndTargetLanguageIsRefusedOnTheTargetField() {
        requester().call()
                .body(Map.of("sourceLanguage", "en", "targetLanguages", List.of("EN"), "text", "Notice", "wantedBy", "2099-01-01"))
                .post("requests")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("targetLanguages"));
    }

    @Test
    void aMissingBodyIsA400() {
        requester().call().post("requests").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void aBodyThatIsNotJsonIsA415() {
        requester().call().contentType(ContentType.TEXT).body("please translate").post("requests")
                .then().statusCode(415).contentType(PROBLEM_JSON);
    }

    @Test
    void anEmptyContentTypeIsA415ProblemNamingTheHeaderNotTheServersErrorPage() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        base.toURI().resolve("api/public/requests"))
                .header("Content-Type", "")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(415);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"field\":\"Content-Type\"");
    }

    @Test
    void anUnknownRequestIsA404() {
        requester().call().get("requests/{number}", "2001-99999").then().statusCode(404).contentType(PROBLEM_JSON)
                .body("detail", containsString("2001-99999"));
        requester().call().get("requests/{number}", "not-a-number").then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void anUnknownTaskIsA404() {
        requester().call().body(Map.of("outcome", "accept")).post("tasks/{id}/complete", "no-such-task")
                .then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void aCallerWhoDoesNotSayWhoTheyAreIsA401() {
        given().baseUri(base.toString()).basePath("api").get("tasks")
                .then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void anOutcomeTheTaskDoesNotHaveIsRefusedOnTheOutcomeField() {
        String number = requester().submit("市民便利帳の翻訳");
        Api coordinator = Api.as(base, "emily");
        String triage = coordinator.taskFor(number, "triageRequest");

        coordinator.call().body(Map.of("outcome", "approve")).post("tasks/{id}/complete", triage)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("outcome"));
        coordinator.call().body(Map.of("outcome", "reject")).post("tasks/{id}/complete", triage)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("reason"));
        coordinator.call().body(Map.of("outcome", "reject", "reason", "no-such-reason")).post("tasks/{id}/complete", triage)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("reason"));
        coordinator.taskFor(number, "triageRequest");
    }

    @Test
    void theRejectionReasonsAreListedInTheCallersLanguage() {
        requester().call().header("Accept-Language", "ja").get("requests/rejection-reasons")
                .then().statusCode(200)
                .body("code", hasItems("refused-topic", "medical-or-legal", "other"))
                .body("find { it.code == 'certified-translation' }.text", equalTo("翻訳証明付きの翻訳はお受けしていません。"));
    }
}
