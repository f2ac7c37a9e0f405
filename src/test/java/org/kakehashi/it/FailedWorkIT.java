package org.kakehashi.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Background work that failed every retry is visible to the administrator — which request, which step, the
 * error — and runs again once retried.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FailedWorkIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @ArquillianResource
    URL base;

    private List<Map<String, Object>> failuresOf(String number) {
        return Api.as(base, "admin").call().get("admin/incidents").then().statusCode(200)
                .extract().jsonPath().<Map<String, Object>>getList("")
                .stream().filter(f -> number.equals(f.get("request"))).toList();
    }

    private List<Map<String, Object>> awaitFailuresOf(String number) throws InterruptedException {
        Instant until = Instant.now().plus(PATIENCE);
        List<Map<String, Object>> failures = failuresOf(number);
        while (failures.isEmpty() && Instant.now().isBefore(until)) {
            Thread.sleep(500);
            failures = failuresOf(number);
        }
        return failures;
    }

    @Test
    void aStepThatFailedEveryRetryIsShownWithItsRequestAndErrorAndRunsWhenRetried() throws InterruptedException {
        String number = "2026-09901";
        String process = Api.anonymous(base).post("test/failing-work/{number}", number).then().statusCode(200)
                .extract().path("id");

        List<Map<String, Object>> failures = awaitFailuresOf(number);
        assertThat(failures).singleElement().satisfies(failure -> {
            assertThat(failure).containsEntry("process", FailingWork.KEY).containsEntry("step", "sendNotice")
                    .containsEntry("stepName", "Send the notice");
            assertThat((String) failure.get("error")).contains("noSuchMethod");
        });

        Api.anonymous(base).post("test/failing-work/{id}/fixed", process).then().statusCode(204);
        Api.as(base, "admin").call().post("admin/incidents/{id}/retry", failures.get(0).get("incident"))
                .then().statusCode(200);
        Instant until = Instant.now().plus(PATIENCE);
        while (!failuresOf(number).isEmpty() && Instant.now().isBefore(until)) {
            Thread.sleep(500);
        }
        assertThat(failuresOf(number)).isEmpty();
    }

    @Test
    void onlyAnAdministratorSeesFailedWork() {
        Api.as(base, "emily").call().get("admin/incidents").then().statusCode(403)
                .contentType("application/problem+json");
        Api.as(base, "admin").call().post("admin/incidents/{id}/retry", "no-such-incident").then().statusCode(404);
    }
}
