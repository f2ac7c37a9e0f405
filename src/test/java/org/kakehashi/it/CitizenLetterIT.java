package org.kakehashi.it;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A resident sends the photo of the letter they received with the public form, without typing its text; the
 * coordinator reads it beside the request, nobody else does; what is no PDF, JPEG or PNG, or does not open as one,
 * or is a PDF that is locked or runs scripts, or an image too large to show, is refused naming the field, in the
 * resident's language.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CitizenLetterIT {

    /** This test's resident, behind the city's load balancer. */
    private static final String CITIZEN = "203.0.113.44";
    /** File names in UTF-8, as browsers send them (RFC 7578). */
    private static final RestAssuredConfig AS_BROWSERS_DO = RestAssured.config()
            .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
            .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8.name()));

    @ArquillianResource
    URL base;

    @Test
    void aResidentSendsThePhotoOfTheirLetterAndOnlyTheOfficeReadsIt() throws Exception {
        byte[] photo = png(1200, 1600);
        JsonPath receipt = send("thue-cu-tru.png", photo, "image/png").then().statusCode(201).extract().jsonPath();
        String number = receipt.getString("number");

        Api.citizen(base, CITIZEN).header("Accept-Language", "vi").get("public/status/{token}",
                        receipt.getString("statusToken"))
                .then().statusCode(200).body("letter", equalTo("thue-cu-tru.png"))
                .body("statusText", equalTo("Đã tiếp nhận; người phụ trách sẽ xem sớm."));
        Api emily = Api.as(base, "emily");
        emily.call().get("requests/{n}", number).then().statusCode(200)
                .body("letter.fileName", equalTo("thue-cu-tru.png")).body("letter.type", equalTo("PNG"))
                .body("letter.mediaType", equalTo("image/png"));
        byte[] read = emily.call().get("requests/{n}/letter", number).then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        assertThat(read).isEqualTo(photo);
        Api.as(base, "sato").call().get("requests/{n}/letter", number).then().statusCode(404);
        Api.as(base, "lin").call().get("requests/{n}/letter", number).then().statusCode(404);
    }

    @Test
    void whatIsNoPlainPdfJpegOrPngIsRefusedInTheResidentsLanguage() throws Exception {
        send("letter.gif", "GIF89a...".getBytes(StandardCharsets.US_ASCII), "image/gif").then().statusCode(400)
                .body("errors[0].field", equalTo("letter"))
                .body("errors[0].message", equalTo("Hãy gửi lá thư dưới dạng tệp PDF, JPEG hoặc PNG."));
        send("huge.png", pngClaiming(100_000, 100_000), "image/png").then().statusCode(400)
                .body("errors[0].field", equalTo("letter"));
        send("locked.pdf", lockedPdf(), "application/pdf").then().statusCode(400)
                .body("errors[0].field", equalTo("letter"));
        send("script.pdf", pdfRunningAScript(), "application/pdf").then().statusCode(400)
                .body("errors[0].field", equalTo("letter"));
    }

    private io.restassured.response.Response send(String fileName, byte[] file, String type) throws Exception {
        String token = Api.citizen(base, CITIZEN).get("public/form-token").then().statusCode(200).extract()
                .path("formToken");
        Thread.sleep(3_200); // a person takes longer than the form's minimum to fill it in
        String form = """
                {"name": "Nguyễn Thị Lan", "sourceLanguage": "ja", "targetLanguage": "vi", "text": "",
                 "wantedBy": "%s", "formToken": "%s"}""".formatted(LocalDate.now().plusDays(30), token);
        RequestSpecification call = Api.citizen(base, CITIZEN).config(AS_BROWSERS_DO).header("Accept-Language", "vi")
                .contentType("multipart/form-data")
                .multiPart("request", null, form.getBytes(StandardCharsets.UTF_8), "application/json")
                .multiPart("letter", fileName, file, type);
        return call.post("public/requests");
    }

    private static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY), "png", out);
        return out.toByteArray();
    }

    /** A small PNG whose header claims a picture of width × height pixels (a decompression bomb's shape). */
    private static byte[] pngClaiming(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", header.array());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] lockedPdf() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            StandardProtectionPolicy lock = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            lock.setEncryptionKeyLength(128);
            pdf.protect(lock);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] pdfRunningAScript() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hello')"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }
}
