package org.kakehashi.it;

import io.restassured.specification.RequestSpecification;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Text files in Japanese encodings over HTTP: read with detection, written back in the requester's encoding. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TextFilesIT {

    private static final String SEED = "/fixtures/seed/kouhou-tomakomai-2022-10-p29.";

    @ArquillianResource
    URL base;

    private RequestSpecification api() {
        return Api.as(base, "sato").call();
    }

    private static byte[] fixture(String encoding) throws IOException {
        try (InputStream in = TextFilesIT.class.getResourceAsStream(SEED + encoding + ".txt")) {
            return in.readAllBytes();
        }
    }

    @Test
    void aShiftJisFileIsDetectedAsWindows31jAndReadExactly() throws IOException {
        String expected = new String(fixture("utf-8"), StandardCharsets.UTF_8);

        String text = api().contentType("application/octet-stream").body(fixture("windows-31j"))
                .post("text-files")
                .then().statusCode(200)
                .body("charset", equalTo("windows-31j"))
                .body("basis", equalTo("DETECTED"))
                .body("receipt.unit", equalTo("CHARACTERS"))
                .extract().path("text");
        assertThat(text).isEqualTo(expected);
    }

    @Test
    void eucJpAndIso2022JpAreReadToo() throws IOException {
        String expected = new String(fixture("utf-8"), StandardCharsets.UTF_8);
        for (String encoding : new String[] {"euc-jp", "iso-2022-jp"}) {
            String text = api().contentType("application/octet-stream").body(fixture(encoding)).post("text-files")
                    .then().statusCode(200).extract().path("text");
            assertThat(text).as(encoding).isEqualTo(expected);
        }
    }

    @Test
    void theCallerCanOverrideTheDetectedEncoding() throws IOException {
        api().contentType("application/octet-stream").body(fixture("windows-31j"))
                .queryParam("charset", "Shift_JIS").post("text-files")
                .then().statusCode(200).body("basis", equalTo("DECLARED"));
    }

    @Test
    void bytesThatAreNoTextAreRefusedOnTheFileField() {
        api().contentType("application/octet-stream").header("Accept-Language", "en")
                .body(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0x0d, (byte) 0xff, (byte) 0xfe, 0, 1})
                .post("text-files")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("file"));
    }

    @Test
    void aTextIsWrittenBackByteForByteInTheRequestersEncoding() throws IOException {
        String seed = new String(fixture("utf-8"), StandardCharsets.UTF_8);

        byte[] written = api().contentType("application/json").queryParam("charset", "windows-31j")
                .body(Map.of("text", seed)).post("text-files/encoded")
                .then().statusCode(200).extract().asByteArray();

        assertThat(written).isEqualTo(fixture("windows-31j"));
    }

    @Test
    void charactersPlainShiftJisCannotCarryAreNamedInsteadOfWrittenAsQuestionMarks() {
        api().contentType("application/json").header("Accept-Language", "ja").queryParam("charset", "Shift_JIS")
                .body(Map.of("text", "㈱髙橋商店")).post("text-files/encoded")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"))
                .body("detail", containsString("㈱"))
                .body("detail", containsString("髙"));
    }
}
