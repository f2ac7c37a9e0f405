package org.kakehashi.it;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kakehashi.document.CatTool;
import org.kakehashi.document.TranslatableText;
import org.kakehashi.document.DocumentType;
import org.kakehashi.document.Segment;
import org.kakehashi.document.TestDocuments;
import org.kakehashi.language.LanguageTag;

import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/**
 * A request sent as a file: the file kept byte for byte, its text counted, the job out to the translator's CAT
 * tool as XLIFF and back in as the translation, with the requester's document rebuilt around it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestDocumentsIT {

    private static final String FORM = "{\"sourceLanguage\":\"ja\",\"targetLanguages\":[\"en\"],\"wantedBy\":\"%s\"}";

    @ArquillianResource
    URL base;

    private Api requester() {
        return Api.as(base, "sato");
    }

    private Api coordinator() {
        return Api.as(base, "emily");
    }

    /** File names in UTF-8, as browsers send them (RFC 7578), where the client's default is ASCII. */
    private static final RestAssuredConfig AS_BROWSERS_DO = RestAssured.config()
            .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
            .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8.name()));

    private String submitFile(String fileName, byte[] file) {
        return requester().call().config(AS_BROWSERS_DO).contentType("multipart/form-data")
                .multiPart("request", null, String.format(FORM, LocalDate.now().plusDays(30)).getBytes(StandardCharsets.UTF_8),
                        "application/json")
                .multiPart("document", fileName, file, "application/octet-stream")
                .post("requests")
                .then().statusCode(201)
                .extract().path("number");
    }

    /** The job's XLIFF as the translator's CAT tool returns it, with the translations of the segments it knows. */
    private static byte[] translated(String xliff, String... sourcesAndTargets) {
        Map<String, String> translations = new LinkedHashMap<>();
        for (int i = 0; i < sourcesAndTargets.length; i += 2) {
            translations.put(sourcesAndTargets[i], sourcesAndTargets[i + 1]);
        }
        return new CatTool(translations).translate(xliff.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void aWordDocumentIsKeptCountedTranslatedThroughXliffAndComesBackInItsLayout() throws Exception {
        byte[] docx = TestDocuments.wordDocumentOf("ひとりで悩んでいませんか？", "総合福祉課にご相談ください。");
        String number = submitFile("市報_4月号.docx", docx);

        JsonPath request = requester().request(number);
        assertThat(request.getString("document.fileName")).isEqualTo("市報_4月号.docx");
        assertThat(request.getString("document.type")).isEqualTo("DOCX");
        assertThat(request.getString("document.sha256")).isEqualTo(sha256(docx));
        // 13 + 14 characters: ひとりで悩んでいませんか？ and 総合福祉課にご相談ください。
        assertThat(request.getLong("receipt.characters")).isEqualTo(27);

        byte[] original = requester().call().get("requests/{n}/document", number)
                .then().statusCode(200)
                .header("Content-Disposition", containsString(
                        "filename*=UTF-8''%E5%B8%82%E5%A0%B1_4%E6%9C%88%E5%8F%B7.docx"))
                .extract().asByteArray();
        assertThat(original).isEqualTo(docx);

        coordinator().complete(coordinator().taskFor(number, "triageRequest"), Map.of("outcome", "accept"));
        String xliff = coordinator().call().get("requests/{n}/jobs/en/xliff", number)
                .then().statusCode(200).contentType(containsString("xliff"))
                .extract().asString();
        byte[] done = translated(xliff, "ひとりで悩んでいませんか？", "Are you struggling alone?",
                "総合福祉課にご相談ください。", "Please talk to the General Welfare Division.");
        coordinator().call().contentType("application/xliff+xml").body(done)
                .post("tasks/{id}/xliff", coordinator().taskFor(number, "translateRequest"))
                .then().statusCode(204);

        JsonPath inReview = requester().request(number);
        assertThat(inReview.getString("jobs[0].translation"))
                .isEqualTo("Are you struggling alone?\nPlease talk to the General Welfare Division.");
        assertThat(inReview.getString("jobs[0].translatedDocument.fileName")).isEqualTo("市報_4月号_en.docx");
        byte[] merged = requester().call().get("requests/{n}/jobs/en/document", number)
                .then().statusCode(200).contentType(DocumentType.DOCX.mediaType())
                .extract().asByteArray();
        assertThat(TranslatableText.ofDocument(merged, DocumentType.DOCX, LanguageTag.of("en")).segments())
                .extracting(Segment::text)
                .containsExactly("Are you struggling alone?", "Please talk to the General Welfare Division.");
    }

    @Test
    void anXliffWithUntranslatedSegmentsIsRefusedAndTheTaskStaysOpen() {
        byte[] docx = TestDocuments.wordDocumentOf("ひとりで悩んでいませんか？", "総合福祉課にご相談ください。");
        String number = submitFile("leaflet.docx", docx);
        coordinator().complete(coordinator().taskFor(number, "triageRequest"), Map.of("outcome", "accept"));
        String xliff = coordinator().call().get("requests/{n}/jobs/en/xliff", number).then().statusCode(200)
                .extract().asString();
        byte[] half = translated(xliff, "ひとりで悩んでいませんか？", "Are you struggling alone?");

        coordinator().call().contentType("application/xliff+xml").header("Accept-Language", "en")
                .body(half)
                .post("tasks/{id}/xliff", coordinator().taskFor(number, "translateRequest"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("xliff"))
                .body("detail", containsString("1 of 2"));

        assertThat(coordinator().taskFor(number, "translateRequest")).isNotBlank();
        assertThat(requester().request(number).getString("jobs[0].status")).isEqualTo("IN_TRANSLATION");
    }

    @Test
    void aTypedTextGoesOutLineByLineAndComesBackWithItsBlankLinesButNoDocument() {
        String number = requester().submit("ひとりで悩んでいませんか？\n\n総合福祉課にご相談ください。");
        coordinator().complete(coordinator().taskFor(number, "triageRequest"), Map.of("outcome", "accept"));
        String xliff = coordinator().call().queryParam("format", "1.2").get("requests/{n}/jobs/en/xliff", number)
                .then().statusCode(200).extract().asString();
        assertThat(xliff).contains("version=\"1.2\"", "original=\"" + number + "/en\"", "id=\"line1\"",
                "id=\"line3\"").doesNotContain("id=\"line2\"");

        byte[] done = translated(xliff, "ひとりで悩んでいませんか？", "Are you struggling alone?",
                "総合福祉課にご相談ください。", "Please talk to the General Welfare Division.");
        coordinator().call().contentType("application/xliff+xml").body(done)
                .post("tasks/{id}/xliff", coordinator().taskFor(number, "translateRequest"))
                .then().statusCode(204);

        assertThat(requester().request(number).getString("jobs[0].translation"))
                .isEqualTo("Are you struggling alone?\n\nPlease talk to the General Welfare Division.");
        requester().call().get("requests/{n}/jobs/en/document", number)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aShiftJisTextFileIsReadForItsTextAndKeptAsItsOwnBytes() {
        byte[] sjis = "ひとりで悩んでいませんか？\r\n総合福祉課にご相談ください。\r\n".getBytes(Charset.forName("Windows-31J"));
        String number = submitFile("soudan.txt", sjis);

        JsonPath request = requester().request(number);
        assertThat(request.getString("text")).contains("ひとりで悩んでいませんか？", "総合福祉課にご相談ください。");
        assertThat(request.getString("document.type")).isEqualTo("TEXT");
        assertThat(requester().call().get("requests/{n}/document", number).then().statusCode(200)
                .extract().asByteArray()).isEqualTo(sjis);
    }

    @Test
    void aTextFileThatReadsTwoWaysWaitsForTheRequesterToChooseItsEncoding() {
        byte[] halfWidth = HexFormat.of().parseHex("b6ccdebcb7b6deb2bcac"); // ｶﾌﾞｼｷｶﾞｲｼｬ in Windows-31J

        requester().call().contentType("application/octet-stream").body(halfWidth)
                .post("documents/receipt")
                .then().statusCode(200)
                .body("encoding.certain", equalTo(false))
                .body("encoding.candidates.charset", hasItems("windows-31j", "EUC-JP"))
                .body("encoding.candidates.firstLine", hasItems("ｶﾌﾞｼｷｶﾞｲｼｬ", "玉渕袈涓蒔"));
        requester().call().config(AS_BROWSERS_DO).contentType("multipart/form-data").header("Accept-Language", "en")
                .multiPart("request", null, String.format(FORM, LocalDate.now().plusDays(30))
                        .getBytes(StandardCharsets.UTF_8), "application/json")
                .multiPart("document", "kaisha.txt", halfWidth, "application/octet-stream")
                .post("requests")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("documentCharset"))
                .body("errors[0].message", containsString("ｶﾌﾞｼｷｶﾞｲｼｬ"));

        String number = requester().call().config(AS_BROWSERS_DO).contentType("multipart/form-data")
                .multiPart("request", null, String.format(FORM, LocalDate.now().plusDays(30))
                        .getBytes(StandardCharsets.UTF_8), "application/json")
                .multiPart("document", "kaisha.txt", halfWidth, "application/octet-stream")
                .multiPart("documentCharset", "windows-31j")
                .post("requests")
                .then().statusCode(201).extract().path("number");
        assertThat(requester().request(number).getString("text")).isEqualTo("ｶﾌﾞｼｷｶﾞｲｼｬ");
        requester().call().get("requests/{n}/document", number)
                .then().statusCode(200).contentType("text/plain; charset=windows-31j");
    }

    @Test
    void anXliffFromSomeoneWhoMayNotTakeTheTaskIsRefusedUnread() {
        String number = submitFile("soudan.txt", "ご相談ください。".getBytes(StandardCharsets.UTF_8));
        coordinator().complete(coordinator().taskFor(number, "triageRequest"), Map.of("outcome", "accept"));
        String translation = coordinator().taskFor(number, "translateRequest");

        requester().call().contentType("application/xliff+xml").header("Accept-Language", "en")
                .body("<not-xliff".getBytes(StandardCharsets.UTF_8))
                .post("tasks/{id}/xliff", translation)
                .then().statusCode(403).contentType("application/problem+json");
        assertThat(requester().request(number).getString("jobs[0].status")).isEqualTo("IN_TRANSLATION");
    }

    @Test
    void aFileWithoutAFormIsRefusedNamingTheMissingPart() {
        requester().call().contentType("multipart/form-data").header("Accept-Language", "en")
                .multiPart("request", null, String.format(FORM, LocalDate.now().plusDays(30))
                        .getBytes(StandardCharsets.UTF_8), "application/json")
                .post("requests")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("document"));
    }
}
