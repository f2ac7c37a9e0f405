package org.kakehashi.it;

import io.restassured.path.json.JsonPath;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kakehashi.document.CatTool;
import org.kakehashi.document.FormattedDocuments;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Last year's notice delivered; this year's, its year and date changed, recognised at triage, pre-filled on the
 * desk with the year and date in their English form, offered in the XLIFF, and handed in from the editor with its
 * formatting kept.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeskIT {

    @ArquillianResource
    URL base;

    private String submit(byte[] docx, String name) {
        return Api.as(base, "sato").call().contentType("multipart/form-data")
                .multiPart("request", "request.json", Map.of("sourceLanguage", "ja", "targetLanguages", List.of("en"),
                        "wantedBy", LocalDate.now().plusDays(30).toString()), "application/json")
                .multiPart("document", name, docx, "application/octet-stream")
                .post("requests").then().statusCode(201).extract().path("number");
    }

    @Test
    void nextYearsNoticeIsRecognisedPrefilledAndHandedInFromTheEditorWithItsFormatting() throws Exception {
        // a council of its own, so that no other test's notice matches first
        String council = "第" + ThreadLocalRandom.current().nextInt(100_000, 999_999) + "回";
        Api emily = Api.as(base, "emily");
        String lastYear = submit(FormattedDocuments.yearlyNotice(council, "令和7年度", "10月29日"), "notice-2025.docx");
        emily.complete(emily.taskFor(lastYear, "triageRequest"), Map.of("outcome", "accept"));
        String xliff = emily.call().get("requests/{n}/jobs/en/xliff", lastYear).then().statusCode(200)
                .extract().asString();
        Map<String, String> english = new LinkedHashMap<>();
        english.put(council + "令和7年度の市民税の説明会を10月29日に開きます。",
                "The " + council + " FY2025 municipal tax briefing is held on <1>October 29</1>.");
        english.put(council + "の詳しくは市のホームページをご覧ください。",
                "For details of the " + council + ", see <2>the city's website</2>.");
        english.put(council + "の申込みは不要です。", "No application is needed for the " + council + ".");
        english.put("Apache POI", "Apache POI");
        emily.call().contentType("application/xliff+xml").body(new CatTool(english).translate(xliff.getBytes()))
                .post("tasks/{id}/xliff", emily.taskFor(lastYear, "translateRequest")).then().statusCode(204);
        Api tanaka = Api.as(base, "tanaka");
        tanaka.complete(tanaka.taskFor(lastYear, "reviewTranslation"), Map.of("outcome", "approve"));
        Api.as(base, "sato").awaitStatus(lastYear, "DELIVERED");

        String thisYear = submit(FormattedDocuments.yearlyNotice(council, "令和8年度", "11月5日"), "notice-2026.docx");

        JsonPath recognised = emily.call().queryParam("target", "en").get("requests/{n}/recognition", thisYear)
                .then().statusCode(200).extract().jsonPath();
        assertThat(recognised.getString("[0].recognisedAs")).isEqualTo(lastYear);
        assertThat(recognised.getBoolean("[0].numbersChanged")).isTrue();
        // four sentences, all found: the notice's with its year and date changed (fuzzy), three the same (exact),
        // of which the document's author (Apache POI, as every POI document has) may be remembered from another
        assertThat(recognised.getInt("[0].recognisedShare")).isBetween(75, 100);
        assertThat(recognised.getInt("[0].exactSegments")).isEqualTo(3);
        assertThat(recognised.getInt("[0].fuzzySegments")).isEqualTo(1);
        // the whole text as new, weighed by volume: exact at 30 %, fuzzy at 60 %
        long exact = recognised.getLong("[0].exactVolume");
        long fuzzy = recognised.getLong("[0].fuzzyVolume");
        assertThat(recognised.getLong("[0].newVolume")).isZero();
        assertThat(recognised.getDouble("[0].estimatedHours")).isCloseTo(recognised.getDouble("[0].hoursWithoutMemory")
                * (exact * 0.3 + fuzzy * 0.6) / (exact + fuzzy), org.assertj.core.data.Offset.offset(0.01));
        Api.as(base, "sato").call().queryParam("target", "en").get("requests/{n}/recognition", thisYear)
                .then().statusCode(403);

        emily.complete(emily.taskFor(thisYear, "triageRequest"), Map.of("outcome", "accept"));
        JsonPath desk = emily.call().get("requests/{n}/jobs/en/segments", thisYear).then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> segments = desk.getList("$");
        Map<String, Object> notice = segments.stream()
                .filter(segment -> segment.get("text").toString().startsWith(council)).findFirst().orElseThrow();
        assertThat(notice.get("tagged")).isEqualTo(council + "令和8年度の市民税の説明会を<g1>11月5日</g1>に開きます。");
        assertThat(notice.get("prefilled")).isEqualTo("CONVERTED");
        assertThat(notice.get("target"))
                .isEqualTo("The " + council + " FY2026 municipal tax briefing is held on <g1>November 5</g1>.");
        Api.as(base, "sato").call().get("requests/{n}/jobs/en/segments", thisYear).then().statusCode(403);

        emily.call().queryParam("format", "1.2").get("requests/{n}/jobs/en/xliff", thisYear).then().statusCode(200)
                .body(containsString("<alt-trans"), containsString("Kakehashi memory: " + lastYear));

        Map<String, String> typed = new LinkedHashMap<>();
        for (Map<String, Object> segment : segments) {
            typed.put(segment.get("id").toString(), segment.get("target").toString());
        }
        String translate = emily.taskFor(thisYear, "translateRequest");
        typed.put(notice.get("id").toString(), "The FY2026 briefing is on November 5.");
        emily.call().header("Accept-Language", "en").body(Map.of("segments", typed))
                .post("tasks/{id}/segments", translate)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("segments"))
                .body("detail", containsString(notice.get("id").toString()));
        typed.put(notice.get("id").toString(), notice.get("target").toString());
        emily.call().body(Map.of("segments", typed)).post("tasks/{id}/segments", translate).then().statusCode(204);

        byte[] translated = emily.call().get("requests/{n}/jobs/en/document", thisYear).then().statusCode(200)
                .extract().asByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(translated))) {
            assertThat(document.getParagraphs().get(0).getText())
                    .isEqualTo("The " + council + " FY2026 municipal tax briefing is held on November 5. "
                            + "For details of the " + council + ", see the city's website.");
            assertThat(document.getParagraphs().get(0).getRuns()).filteredOn(XWPFRun::isBold)
                    .extracting(XWPFRun::text).containsExactly("November 5");
        }
    }
}
