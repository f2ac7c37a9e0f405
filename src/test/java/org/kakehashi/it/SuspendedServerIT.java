package org.kakehashi.it;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * While the server is suspended (as a graceful shutdown or a rolling restart suspends it), it is not ready, and new
 * requests are refused with 503 and the API's problem+json body in the caller's language, and a Retry-After; after
 * resuming, it is ready and the same request is taken.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SuspendedServerIT {

    private static final String PROBLEM_JSON = "application/problem+json";

    @ArquillianResource
    URL base;
    @ArquillianResource
    ManagementClient management;

    @Test
    void aSuspendedServerRefusesNewRequestsWithAProblemInTheCallersLanguage() throws IOException {
        Api sato = Api.as(base, "sato");
        RequestSpecification whileSuspended = sato.call();
        Map<String, Object> form = Map.of("sourceLanguage", "ja", "targetLanguages", List.of("en"),
                "text", "停止中に送った依頼", "wantedBy", "2099-03-01");

        manage("suspend");
        try {
            RestAssured.get(HealthIT.managementUrl(management, "/health/ready")).then().statusCode(503)
                    .body("status", equalTo("DOWN"));
            whileSuspended.header("Accept-Language", "ja-JP,ja;q=0.9,en;q=0.5").body(form).post("requests")
                    .then().statusCode(503).contentType(PROBLEM_JSON).header("Retry-After", "10")
                    .body("type", equalTo("urn:kakehashi:problem:server-suspended"))
                    .body("status", equalTo(503))
                    .body("title", equalTo("一時的に利用できません"))
                    .body("instance", equalTo("/api/requests"))
                    .body("errors", hasSize(0));
            Api.anonymous(base).header("Accept-Language", "en").get("languages")
                    .then().statusCode(503).contentType(PROBLEM_JSON)
                    .body("title", equalTo("Service unavailable"));
        } finally {
            manage("resume");
        }

        RestAssured.get(HealthIT.managementUrl(management, "/health/ready")).then().statusCode(200);
        sato.call().header("Accept-Language", "en").body(form).post("requests").then().statusCode(201);
    }

    private void manage(String operation) throws IOException {
        ModelNode result = management.getControllerClient().execute(Operations.createOperation(operation));
        assertTrue(Operations.isSuccessfulOutcome(result), () -> operation + ": " + result);
    }
}
