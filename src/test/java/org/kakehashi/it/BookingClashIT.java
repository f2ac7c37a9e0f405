package org.kakehashi.it;

import io.restassured.response.Response;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two coordinators book the same interpreter for overlapping events at the same moment: exactly one booking
 * stands, the other is a 409 naming it — the interpreter's row is held while a booking is checked.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BookingClashIT {

    @ArquillianResource
    URL base;

    private String acceptedInterpretation(LocalDate day, String from, String to) {
        String number = Api.as(base, "sato").call()
                .body(Map.of("type", "interpretation", "sourceLanguage", "ja", "targetLanguages", List.of("en"),
                        "event", Map.of("start", day + "T" + from, "end", day + "T" + to, "timeZone", "Asia/Tokyo",
                                "place", "市役所", "mode", "consecutive", "audience", "visitors")))
                .post("requests").then().statusCode(201).extract().path("number");
        Api emily = Api.as(base, "emily");
        emily.complete(emily.taskFor(number, "triageInterpretation"), Map.of("outcome", "accept"));
        return number;
    }

    @Test
    void twoCoordinatorsBookingOneInterpreterForOverlappingTimesAtOnceGetOneBookingAndOneConflict()
            throws Exception {
        // a day no other test books anyone on
        LocalDate day = LocalDate.now().plusDays(500 + ThreadLocalRandom.current().nextInt(2_000));
        String first = acceptedInterpretation(day, "10:00", "12:00");
        String second = acceptedInterpretation(day, "11:00", "13:00");
        String firstTask = Api.as(base, "emily").taskFor(first, "scheduleInterpretation");
        String secondTask = Api.as(base, "tanaka").taskFor(second, "scheduleInterpretation");

        ExecutorService coordinators = Executors.newFixedThreadPool(2);
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            Future<Response> emily = coordinators.submit(() -> book(ready, go, "emily", firstTask));
            Future<Response> tanaka = coordinators.submit(() -> book(ready, go, "tanaka", secondTask));
            ready.await();
            go.countDown();
            List<Response> answers = List.of(emily.get(), tanaka.get());

            assertThat(answers).extracting(Response::statusCode).containsExactlyInAnyOrder(204, 409);
            Response refused = answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
            String booked = refused == answers.get(0) ? second : first;
            assertThat(refused.jsonPath().getString("detail")).contains(booked);
            assertThat(refused.jsonPath().getString("errors[0].field")).isEqualTo("interpreter");
        } finally {
            coordinators.shutdownNow();
        }
        assertThat(Arrays.asList(Api.as(base, "sato").request(first).getString("interpreter"),
                Api.as(base, "sato").request(second).getString("interpreter")))
                .as("the interpreter is booked once").containsOnlyOnce("tanaka");
    }

    private Response book(CountDownLatch ready, CountDownLatch go, String coordinator, String task)
            throws InterruptedException {
        var call = Api.as(base, coordinator).call().body(Map.of("outcome", "schedule", "interpreter", "tanaka"));
        ready.countDown();
        go.await();
        return call.post("tasks/{id}/complete", task);
    }
}
