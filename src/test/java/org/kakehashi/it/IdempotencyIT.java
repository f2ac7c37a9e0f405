package org.kakehashi.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** A double click, a retry, a race of identical submissions: one request each time. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdempotencyIT {

    @ArquillianResource
    URL base;

    private static Map<String, Object> form(String text) {
        return Map.of("sourceLanguage", "ja", "targetLanguages", List.of("en"), "text", text,
                "wantedBy", LocalDate.now().plusDays(30).toString());
    }

    private int requestsVisibleToSato() {
        return Api.as(base, "sato").call().queryParam("size", 200).get("requests")
                .then().statusCode(200).extract().jsonPath().getList("number").size();
    }

    @Test
    void aRetryWithTheSameKeyGetsTheSameRequestBack() {
        String key = UUID.randomUUID().toString();
        String first = Api.as(base, "sato").call().header("Idempotency-Key", key).body(form("二度押し"))
                .post("requests").then().statusCode(201).extract().path("number");

        Api.as(base, "sato").call().header("Idempotency-Key", key).body(form("二度押し"))
                .post("requests").then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("number", equalTo(first));
    }

    @Test
    void theSameKeyForAnotherFormIsRefused() {
        String key = UUID.randomUUID().toString();
        Api.as(base, "sato").call().header("Idempotency-Key", key).body(form("一通目"))
                .post("requests").then().statusCode(201);

        Api.as(base, "sato").call().header("Idempotency-Key", key).body(form("二通目"))
                .post("requests").then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void identicalSubmissionsSentAtOnceMakeExactlyOneRequest() throws Exception {
        int before = requestsVisibleToSato();
        String key = UUID.randomUUID().toString();
        Api sato = Api.as(base, "sato");
        sato.call().get("session").then().statusCode(200);
        List<Callable<String>> clicks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            clicks.add(() -> sato.call().header("Idempotency-Key", key).body(form("同時送信"))
                    .post("requests").then().statusCode(201).extract().path("number"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        Set<String> numbers = new HashSet<>();
        try {
            for (Future<String> answer : pool.invokeAll(clicks)) {
                numbers.add(answer.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(numbers).hasSize(1);
        assertThat(requestsVisibleToSato()).isEqualTo(before + 1);
    }
}
