package org.kakehashi.it;

import io.restassured.specification.RequestSpecification;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint × every role (and anonymous), from the one table {@code access-matrix.csv}: each cell is called
 * and its status compared with the design; all mismatches are reported together.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

    private static final String ANONYMOUS = "anonymous";

    @ArquillianResource
    URL base;

    private record Row(String method, String path, String body, Map<String, Integer> expected) {
    }

    @Test
    void everyEndpointAnswersEveryRoleAsDesigned() throws IOException {
        List<String> roles = new ArrayList<>();
        List<Row> rows = read(roles);
        List<String> mismatches = new ArrayList<>();
        for (Row row : rows) {
            for (String role : roles) {
                int expected = row.expected().get(role);
                int actual = call(row, role);
                if (actual != expected) {
                    mismatches.add(String.format("%s %s as %s: expected %d, got %d", row.method(), row.path(), role,
                            expected, actual));
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private int call(Row row, String role) {
        String path = row.path();
        if (path.contains("{request}")) {
            path = path.replace("{request}", Api.as(base, "sato").submit("ひとりで悩んでいませんか？"));
        }
        RequestSpecification spec = role.equals(ANONYMOUS) ? Api.anonymous(base) : Api.as(base, role).call();
        Object body = body(row.body());
        if (body instanceof byte[] bytes) {
            spec = spec.contentType("application/octet-stream").body(bytes);
        } else if (body != null) {
            spec = spec.body(body);
        }
        return spec.request(row.method(), path).statusCode();
    }

    private static Object body(String kind) {
        return switch (kind) {
            case "" -> null;
            case "reason" -> Map.of("text", "予定が変わりました。");
            case "submission" -> Map.of("sourceLanguage", "ja", "targetLanguages", List.of("en"),
                    "text", "市役所の窓口", "wantedBy", LocalDate.now().plusDays(30).toString());
            case "counting" -> Map.of("text", "市役所", "language", "ja");
            case "text" -> "市役所の窓口".getBytes(StandardCharsets.UTF_8);
            case "removal" -> Map.of("reason", "誤訳のため");
            case "tmx" -> ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><tmx version=\"1.4\"><header srclang=\"ja\" "
                    + "datatype=\"plaintext\" segtype=\"sentence\" adminlang=\"en\" o-tmf=\"test\" "
                    + "creationtool=\"test\" creationtoolversion=\"1\"/><body><tu><tuv xml:lang=\"ja\">"
                    + "<seg>市役所の窓口</seg></tuv><tuv xml:lang=\"en\"><seg>City Hall counter</seg></tuv></tu>"
                    + "</body></tmx>").getBytes(StandardCharsets.UTF_8);
            case "booking" -> Map.of("interpreter", "emily", "start", "2030-01-10T10:00", "end", "2030-01-10T11:00",
                    "place", "市役所");
            case "route" -> Map.of("translatorGroup", "linguist", "reviewerGroup", "external-reviewer",
                    "reason", "法令の条文を含むため");
            case "password" -> Map.of("password", TestOffice.PASSWORD);
            case "bulk-claim" -> Map.of("action", "claim", "tasks", List.of("not-a-task"));
            case "citizen-without-token" -> Map.of("name", "山田花子", "sourceLanguage", "ja",
                    "targetLanguage", "en", "text", "市役所の窓口");
            default -> throw new IllegalArgumentException("no body called " + kind);
        };
    }

    private static List<Row> read(List<String> roles) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                AccessMatrixIT.class.getResourceAsStream("/access-matrix.csv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells[0].equals("method")) {
                    roles.addAll(Arrays.asList(cells).subList(3, cells.length));
                    continue;
                }
                Map<String, Integer> expected = new LinkedHashMap<>();
                for (int i = 0; i < roles.size(); i++) {
                    expected.put(roles.get(i), Integer.parseInt(cells[3 + i]));
                }
                rows.add(new Row(cells[0], cells[1], cells[2], expected));
            }
        }
        return rows;
    }
}
