package org.kakehashi.it;

import io.restassured.RestAssured;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every status the API description promises is one some test saw the server answer: the last test of the whole
 * suite (the browser profile runs them all, on the embedded database, whose backup only it answers; {@code src/test/resources/junit-platform.properties} orders classes by
 * {@link Order}) reads the API's timer, which counts every answer since the server started by method, endpoint
 * template and status, and holds each documented status of {@code /openapi} to it. The refusals, described
 * together as the {@code default} problem+json answer, are proven by the bad-input and access tests instead.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("whole-suite")
@Order(Integer.MAX_VALUE)
class DocumentedStatusesIT {

    /** A sample of the timer's count; its labels hold endpoint templates, braces and all. */
    private static final Pattern ANSWER = Pattern.compile(
            "(?m)^kakehashi_http_requests_seconds_count\\{(.*)} (\\S+)$");

    @ArquillianResource
    URL base;
    @ArquillianResource
    ManagementClient management;

    @Test
    void everyStatusTheDescriptionDocumentsWasAnsweredByTheServerDuringTheSuite() throws Exception {
        OpenAPI api = new OpenAPIV3Parser().readContents(RestAssured.given().accept("application/json")
                .get(new URL(base, "/openapi?format=JSON")).then().statusCode(200).extract().asString())
                .getOpenAPI();
        Set<String> answered = answeredSinceTheServerStarted();

        Set<String> neverAnswered = new TreeSet<>();
        api.getPaths().entrySet().stream()
                // the bare engine start answers only on a server started for the benchmark (bench/run)
                .filter(path -> !path.getKey().startsWith("/api/benchmark/"))
                // the test-only endpoints the suite's deployment adds (time passing, failures) promise nothing
                .filter(path -> !path.getKey().startsWith("/api/test/"))
                .forEach(entry -> entry.getValue().readOperationsMap().forEach((method, operation) ->
                operation.getResponses().keySet().stream()
                        .filter(status -> !status.equals("default"))
                        .map(status -> method + " " + entry.getKey().replaceFirst("^/api", "") + " " + status)
                        .filter(documented -> !answered.contains(documented))
                        .forEach(neverAnswered::add)));
        assertThat(neverAnswered).as("documented statuses no test saw answered, of all answers " + answered).isEmpty();
    }

    /** {@code POST /requests 201}, for each method, endpoint and status the API's timer counted. */
    private Set<String> answeredSinceTheServerStarted() {
        String metrics = RestAssured.get(HealthIT.managementUrl(management, "/metrics")).then().statusCode(200)
                .extract().asString();
        Set<String> answered = new HashSet<>();
        Matcher sample = ANSWER.matcher(metrics);
        while (sample.find()) {
            if (Double.parseDouble(sample.group(2)) > 0) {
                answered.add(label(sample.group(1), "method") + " " + label(sample.group(1), "uri") + " "
                        + label(sample.group(1), "status"));
            }
        }
        assertThat(answered).as("answers the API's timer counted").isNotEmpty();
        return answered;
    }

    private static String label(String labels, String name) {
        Matcher value = Pattern.compile("(?:^|,)" + name + "=\"([^\"]*)\"").matcher(labels);
        return value.find() ? value.group(1) : "";
    }
}
