package org.kakehashi.it;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kakehashi.document.TestDocuments;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input corpus ({@code bad-input.csv}) against the API: every line gets its 4xx as problem+json, naming
 * the field where there is one, never a 5xx; and not one request is stored by any of them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputIT {

    @ArquillianResource
    URL base;

    private record Line(String method, String path, String contentType, String body, int status, String field) {
    }

    @Test
    void everyBadInputGetsItsOwn4xxAndStoresNothing() throws IOException {
        int before = requestsOfSato();
        List<String> mismatches = new ArrayList<>();
        for (Line line : corpus()) {
            ExtractableResponse<Response> answer = send(line);
            String problem = String.format("%s %s [%s] %s", line.method(), line.path(), line.contentType(),
                    abbreviated(line.body()));
            if (answer.statusCode() != line.status()) {
                mismatches.add(problem + ": expected " + line.status() + ", got " + answer.statusCode() + " "
                        + abbreviated(answer.asString()));
                continue;
            }
            if (!String.valueOf(answer.contentType()).startsWith("application/problem+json")) {
                mismatches.add(problem + ": not problem+json but " + answer.contentType());
                continue;
            }
            if (!line.field().isEmpty()) {
                List<String> fields = answer.jsonPath().getList("errors.field");
                if (fields == null || !fields.contains(line.field())) {
                    mismatches.add(problem + ": expected the field " + line.field() + ", got " + fields);
                }
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(requestsOfSato()).isEqualTo(before);
    }

    private int requestsOfSato() {
        return Api.as(base, "sato").call().queryParam("size", 200).get("requests")
                .then().statusCode(200).extract().jsonPath().getList("number").size();
    }

    private ExtractableResponse<Response> send(Line line) {
        RequestSpecification spec = Api.as(base, "sato").call().header("Accept-Language", "en");
        if (!line.contentType().isEmpty()) {
            spec = spec.contentType(line.contentType());
        }
        byte[] body = bodyOf(line.body());
        if (body != null) {
            spec = spec.body(body);
        }
        return spec.request(line.method(), line.path()).then().extract();
    }

    private static byte[] bodyOf(String body) {
        return switch (body) {
            case "@empty" -> null;
            case "@plain-zip" -> TestDocuments.zip(Map.of("hello.txt", "hello"));
            case "@invalid-utf8" -> {
                byte[] json = "{\"sourceLanguage\":\"ja\",\"targetLanguages\":[\"en\"],\"text\":\"市役所X\",\"wantedBy\":\"2099-01-01\"}"
                        .getBytes(StandardCharsets.UTF_8);
                int broken = new String(json, StandardCharsets.UTF_8).indexOf('X');
                json[json.length - (new String(json, StandardCharsets.UTF_8).length() - broken)] = (byte) 0xC3;
                yield json;
            }
            case "@oversize" -> {
                byte[] big = new byte[27 * 1024 * 1024];
                Arrays.fill(big, (byte) ' ');
                big[0] = '{';
                big[big.length - 1] = '}';
                yield big;
            }
            default -> body.replace("@long-text", "\"" + "あ".repeat(200_001) + "\"").getBytes(StandardCharsets.UTF_8);
        };
    }

    private static String abbreviated(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "…";
    }

    private static List<Line> corpus() throws IOException {
        List<Line> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                BadInputIT.class.getResourceAsStream("/bad-input.csv"), StandardCharsets.UTF_8))) {
            String row;
            while ((row = in.readLine()) != null) {
                if (row.isBlank() || row.startsWith("#")) {
                    continue;
                }
                String[] cells = row.split("\\|", -1);
                lines.add(new Line(cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3].strip(),
                        Integer.parseInt(cells[4].strip()), cells.length > 5 ? cells[5].strip() : ""));
            }
        }
        return lines;
    }
}
