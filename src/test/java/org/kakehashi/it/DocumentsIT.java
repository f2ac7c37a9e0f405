package org.kakehashi.it;

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
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Files sent to the server: told by content; hostile ones refused with a 400 naming the file, never a 500. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentsIT {

    @ArquillianResource
    URL base;

    @Test
    void aWordDocumentIsRecognisedFromItsContent() {
        Api.as(base, "sato").call().contentType("application/octet-stream")
                .body(TestDocuments.wordDocumentOf("ひとりで悩んでいませんか？"))
                .post("documents/receipt")
                .then().statusCode(200)
                .body("type", equalTo("DOCX"))
                .body("mediaType", containsString("wordprocessingml"))
                .body("receipt.characters", equalTo(13));
    }

    @Test
    void aPdfIsCountedFromItsTextButGetsNoTranslationMergedIn() {
        byte[] pdf = TestDocuments.pdfOf("Napier City Council welcomes you", "Sister cities");
        Api.as(base, "sato").call().contentType("application/octet-stream")
                .queryParam("language", "en")
                .body(pdf).post("documents/receipt")
                .then().statusCode(200)
                .body("type", equalTo("PDF"))
                .body("receipt.words", equalTo(7));

        Api.as(base, "sato").call().header("Accept-Language", "en")
                .queryParam("source", "en").queryParam("target", "ja")
                .contentType("multipart/form-data")
                .multiPart("document", "council.pdf", pdf, "application/pdf")
                .multiPart("xliff", "council.xlf", "<xliff version=\"2.0\"/>".getBytes(StandardCharsets.UTF_8))
                .post("documents/merge")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("document"))
                .body("detail", containsString("PDF"));
    }

    @Test
    void aZipBombIsRefusedWithAProblemNamingTheFile() {
        Api.as(base, "sato").call().contentType("application/octet-stream")
                .header("Accept-Language", "ja")
                .body(TestDocuments.zipBomb(200))
                .post("documents/receipt")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("file"));
    }

    @Test
    void anExternalEntityIsRefusedBeforeAnyParserSeesIt() {
        Api.as(base, "sato").call().contentType("application/octet-stream")
                .header("Accept-Language", "en")
                .body(TestDocuments.docxWithExternalEntity())
                .post("documents/receipt")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:kakehashi:problem:document.refused.xml-doctype"))
                .body("detail", containsString("word/document.xml"));
    }

    @Test
    void aWordDocumentGoesOutAsXliffAndComesBackTranslated() {
        byte[] docx = TestDocuments.wordDocumentOf("ひとりで悩んでいませんか？", "総合福祉課にご相談ください。");
        String xliff = Api.as(base, "sato").call().contentType("application/octet-stream")
                .queryParam("source", "ja").queryParam("target", "en").queryParam("format", "1.2")
                .body(docx).post("documents/xliff")
                .then().statusCode(200).contentType(containsString("xliff"))
                .extract().asString();

        byte[] translated = new CatTool(Map.of("ひとりで悩んでいませんか？", "Are you struggling alone?",
                "総合福祉課にご相談ください。", "Please talk to the General Welfare Division."))
                .translate(xliff.getBytes(StandardCharsets.UTF_8));
        byte[] merged = Api.as(base, "sato").call()
                .queryParam("source", "ja").queryParam("target", "en")
                .contentType("multipart/form-data")
                .multiPart("document", "newsletter.docx", docx, "application/octet-stream")
                .multiPart("xliff", "newsletter.xlf", translated, "application/xliff+xml")
                .post("documents/merge")
                .then().statusCode(200).extract().asByteArray();

        assertThat(TranslatableText.ofDocument(merged, DocumentType.DOCX, LanguageTag.of("en")).segments())
                .extracting(Segment::text)
                .containsExactly("Are you struggling alone?", "Please talk to the General Welfare Division.");
    }
}
