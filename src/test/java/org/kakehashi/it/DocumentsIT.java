package org.kakehashi.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kakehashi.document.TestDocuments;

import java.net.URL;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Files sent to the server: told by content; hostile ones refused with a 400 naming the file, never a 500. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void aWordDocumentIsRecognisedFromItsContent() {
        given().baseUri(base.toString()).basePath("api").contentType("application/octet-stream")
                .body(TestDocuments.docx(TestDocuments.wordDocument("ひとりで悩んでいませんか？")))
                .post("documents/type")
                .then().statusCode(200)
                .body("type", equalTo("DOCX"))
                .body("mediaType", containsString("wordprocessingml"));
    }

    @Test
    void aZipBombIsRefusedWithAProblemNamingTheFile() {
        given().baseUri(base.toString()).basePath("api").contentType("application/octet-stream")
                .header("Accept-Language", "ja")
                .body(TestDocuments.zipBomb(200))
                .post("documents/type")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("file"));
    }

    @Test
    void anExternalEntityIsRefusedBeforeAnyParserSeesIt() {
        given().baseUri(base.toString()).basePath("api").contentType("application/octet-stream")
                .header("Accept-Language", "en")
                .body(TestDocuments.docxWithExternalEntity())
                .post("documents/type")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:kakehashi:problem:document.refused.xml-doctype"))
                .body("detail", containsString("word/document.xml"));
    }
}
