package org.kakehashi.it;

import io.restassured.path.json.JsonPath;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Webhooks to a real HTTP receiver: signed as the Standard Webhooks specification says, retried with the same id
 * after the receiver failed, taken exactly once, and the failures shown to the administrator.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhookIT {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @ArquillianResource
    URL base;

    private WebhookReceiver receiver;
    private final List<String> registered = new ArrayList<>();

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void retireEndpointsAndStopReceiver() {
        registered.forEach(id -> admin().call().delete("admin/webhooks/{id}", id).then().statusCode(200));
        receiver.close();
    }

    private Api admin() {
        return Api.as(base, "admin");
    }

    private String register(List<String> events) {
        JsonPath answer = admin().call()
                .body(Map.of("url", receiver.url(), "description", "文書管理システム", "events", events))
                .post("admin/webhooks").then().statusCode(201).extract().jsonPath();
        registered.add(answer.getString("endpoint.id"));
        return answer.getString("secret");
    }

    @Test
    void aStepArrivesSignedAndAfterTheReceiverFailedIsRetriedWithTheSameIdUntilTakenOnce() throws Exception {
        String secret = register(List.of("request.submitted", "request.accepted"));
        receiver.failNext(1);

        String number = Api.as(base, "sato").submit("市民課の窓口は12月29日から1月3日まで休みます。");

        List<WebhookReceiver.Delivery> attempts = receiver.awaitDeliveries(
                d -> d.body().contains("\"request.submitted\"") && d.body().contains(number), 2, PATIENCE);
        assertThat(attempts).extracting(WebhookReceiver.Delivery::answered).containsExactly(503, 204);
        assertThat(attempts).extracting(WebhookReceiver.Delivery::id).allMatch(id -> id.startsWith("msg_"))
                .containsOnly(attempts.get(0).id());
        assertThat(attempts).allMatch(attempt -> WebhookReceiver.signedWith(secret, attempt), "signed with the secret");
        assertThat(Instant.ofEpochSecond(attempts.get(1).timestamp())).isBetween(
                Instant.now().minus(Duration.ofMinutes(1)), Instant.now().plusSeconds(5));

        JsonPath payload = JsonPath.from(attempts.get(1).body());
        assertThat(payload.getString("type")).isEqualTo("request.submitted");
        assertThat(payload.getString("data.number")).isEqualTo(number);
        assertThat(payload.getString("data.department")).isEqualTo("sougou-fukushi");
        assertThat(attempts.get(1).body()).as("the text stays in Kakehashi").doesNotContain("窓口");

        Api coordinator = Api.as(base, "emily");
        coordinator.complete(coordinator.taskFor(number, "triageRequest"), Map.of("outcome", "accept"));
        receiver.awaitDeliveries(d -> d.body().contains("\"request.accepted\"") && d.body().contains(number), 1,
                PATIENCE);

        Thread.sleep(3000);
        assertThat(receiver.deliveries()).as("each event taken once, and nothing it did not subscribe to")
                .filteredOn(d -> d.body().contains(number)).extracting(WebhookReceiver.Delivery::answered)
                .containsExactly(503, 204, 204);
        admin().call().queryParam("status", "SENT").get("admin/webhooks/messages").then().statusCode(200)
                .body("find { it.webhookId == '" + attempts.get(0).id() + "' }.attempts", equalTo(2));
        admin().call().get("admin/changes").then().statusCode(200)
                .body("findAll { it.kind == 'WEBHOOK' }.subject", hasItem(registered.get(0)));
    }

    @Test
    void aReceiverThatKeepsFailingIsShownToTheAdministratorAndSentAgainOnRequest() throws Exception {
        String secret = register(List.of("request.submitted"));
        receiver.failNext(-1);

        String number = Api.as(base, "suzuki").submit("国際交流員の紹介記事です。");
        List<WebhookReceiver.Delivery> failed = receiver.awaitDeliveries(d -> d.body().contains(number), 2, PATIENCE);

        JsonPath failing = admin().call().get("admin/webhooks/messages").then().statusCode(200)
                .extract().jsonPath();
        String message = failing.getString("find { it.webhookId == '" + failed.get(0).id() + "' }.id");
        assertThat(failing.getString("find { it.id == '" + message + "' }.lastError")).contains("503");
        assertThat(failing.getString("find { it.id == '" + message + "' }.status")).isEqualTo("QUEUED");

        receiver.failNext(0);
        admin().call().post("admin/webhooks/messages/{id}/retry", message).then().statusCode(200);
        List<WebhookReceiver.Delivery> taken = receiver.awaitDeliveries(
                d -> d.body().contains(number) && d.answered() == 204, 1, PATIENCE);
        assertThat(taken.get(0).id()).isEqualTo(failed.get(0).id());
        assertThat(WebhookReceiver.signedWith(secret, taken.get(0))).isTrue();
        Thread.sleep(1000);
        admin().call().queryParam("status", "SENT").get("admin/webhooks/messages").then().statusCode(200)
                .body("id", hasItem(message));
    }

    @Test
    void anAddressOrAnEventAnEndpointCannotHaveIsRefusedOnItsFieldAndOnlyAnAdministratorRegisters() {
        admin().call().header("Accept-Language", "ja")
                .body(Map.of("url", "ftp://dms.city.example.jp/hooks", "events", List.of("request.submitted")))
                .post("admin/webhooks").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("url"));
        admin().call().body(Map.of("url", receiver.url(), "events", List.of("request.translated")))
                .post("admin/webhooks").then().statusCode(400).body("errors[0].field", equalTo("events"));
        admin().call().body(Map.of("url", receiver.url(), "events", List.of()))
                .post("admin/webhooks").then().statusCode(400).body("errors[0].field", equalTo("events"));
        Api.as(base, "watanabe").call().body(Map.of("url", receiver.url(), "events", List.of("request.submitted")))
                .post("admin/webhooks").then().statusCode(403);
        Api.as(base, "emily").call().get("admin/webhooks/messages").then().statusCode(403);
    }
}
