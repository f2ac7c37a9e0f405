package org.kakehashi.it;

import io.restassured.path.json.JsonPath;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The retention rules as the city's clock moves on: a citizen's closed request loses what the citizen wrote a
 * year after it closed, and a delivered file goes a month after its links ended; staff requests keep their text.
 * The rules run inside the server as the daily job runs them, at a moment ahead of today ({@link RetentionClock}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RetentionIT {

    /** This test's citizen, behind the city's load balancer. */
    private static final String CITIZEN = "203.0.113.11";

    @ArquillianResource
    URL base;

    /** Applies the rules as the daily job would that many days from now. */
    private void retentionInDays(int days) {
        Api.citizen(base, CITIZEN).queryParam("days", days).post("test/retention").then().statusCode(200);
    }

    private String citizensRejectedRequest() throws InterruptedException {
        String token = Api.citizen(base, CITIZEN).get("public/form-token").then().statusCode(200)
                .extract().path("formToken");
        Thread.sleep(3_200);
        Map<String, Object> form = new HashMap<>();
        form.put("name", "Maria Santos");
        form.put("email", "maria.santos@example.org");
        form.put("sourceLanguage", "ja");
        form.put("targetLanguage", "en");
        form.put("text", "サントス・マリアです。在留カードの住所変更について教えてください。");
        form.put("wantedBy", LocalDate.now().plusDays(30).toString());
        form.put("formToken", token);
        String number = Api.citizen(base, CITIZEN).body(form).post("public/requests").then().statusCode(201)
                .extract().path("number");
        Api emily = Api.as(base, "emily");
        emily.complete(emily.taskFor(number, "triageRequest"),
                Map.of("outcome", "reject", "reason", "other", "comment", "サントス様、市民課の窓口へどうぞ。"));
        return number;
    }

    @Test
    void aCitizensClosedRequestLosesWhatTheCitizenWroteAYearLaterAndKeepsItsSteps() throws InterruptedException {
        String citizens = citizensRejectedRequest();
        Api sato = Api.as(base, "sato");
        String staffs = sato.submit("庁内向けの連絡文書");
        Api emily = Api.as(base, "emily");
        emily.complete(emily.taskFor(staffs, "triageRequest"),
                Map.of("outcome", "reject", "reason", "other", "comment", "対象外です"));

        retentionInDays(300);
        assertThat(emily.request(citizens).getString("text")).contains("在留カード");

        retentionInDays(367);
        JsonPath erased = emily.request(citizens);
        assertThat(erased.getString("text")).isEmpty();
        assertThat(erased.getString("status")).isEqualTo("REJECTED");
        assertThat(erased.getList("timeline.note")).containsOnlyNulls();
        assertThat(erased.getList("timeline.event")).contains("SUBMITTED", "REJECTED");
        assertThat(erased.getList("timeline.actor")).contains("emily");
        assertThat(emily.call().queryParam("request", citizens).get("notifications/outbox")
                .then().statusCode(200).extract().jsonPath().getList("recipient"))
                .doesNotContain("maria.santos@example.org");

        assertThat(sato.request(staffs).getString("text")).isEqualTo("庁内向けの連絡文書");
        assertThat(emily.request(staffs).getList("timeline.note")).contains("対象外です");
    }

    @Test
    void aDeliveredFileGoesAMonthAfterItsLinksEndedAndTheTranslationStays() throws InterruptedException {
        Api sato = Api.as(base, "sato");
        String number = sato.submit("防災訓練のお知らせ");
        Api emily = Api.as(base, "emily");
        emily.complete(emily.taskFor(number, "triageRequest"), Map.of("outcome", "accept"));
        emily.complete(emily.taskFor(number, "translateRequest"), Map.of("translation", "Disaster drill notice"));
        Api tanaka = Api.as(base, "tanaka");
        tanaka.complete(tanaka.taskFor(number, "reviewTranslation"), Map.of("outcome", "approve"));
        sato.awaitStatus(number, "DELIVERED");
        List<String> links = emily.call().queryParam("request", number).get("deliveries")
                .then().statusCode(200).extract().jsonPath().getList("id");
        assertThat(links).isNotEmpty();
        emily.call().get("deliveries/links/{id}/file", links.get(0)).then().statusCode(200);

        retentionInDays(14 + 31);

        emily.call().header("Accept-Language", "en").get("deliveries/links/{id}/file", links.get(0))
                .then().statusCode(410).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("retention"));
        sato.call().get("requests/{n}", number).then().statusCode(200)
                .body("jobs[0].translation", equalTo("Disaster drill notice"));
    }

    @Test
    void aSentMailAndAWebhookMessageGoNinetyDaysAfterTheyWereTaken() throws Exception {
        Api admin = Api.as(base, "admin");
        Api emily = Api.as(base, "emily");
        MailCatcher.start();
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String endpoint = admin.call()
                    .body(Map.of("url", receiver.url(), "events", List.of("request.submitted")))
                    .post("admin/webhooks").then().statusCode(201).extract().path("endpoint.id");
            try {
                String number = Api.as(base, "sato").submit("保存期間を確かめる依頼");
                emily.complete(emily.taskFor(number, "triageRequest"),
                        Map.of("outcome", "reject", "reason", "other", "comment", "保存期間の確認です"));
                MailCatcher.mailAbout("sato@city.example.jp", number);
                receiver.awaitDeliveries(delivery -> delivery.body().contains(number), 1, Duration.ofSeconds(20));
                awaitSent(() -> !sentMessagesAbout(admin, number).isEmpty() && !sentMailsAbout(emily, number).isEmpty(),
                        number);

                retentionInDays(89);
                assertThat(sentMessagesAbout(admin, number)).hasSize(1);
                assertThat(sentMailsAbout(emily, number)).isNotEmpty();
                retentionInDays(91);
                assertThat(sentMessagesAbout(admin, number)).isEmpty();
                assertThat(sentMailsAbout(emily, number)).isEmpty();
            } finally {
                admin.call().delete("admin/webhooks/{id}", endpoint).then().statusCode(200);
            }
        } finally {
            MailCatcher.stop();
        }
    }

    private static List<Object> sentMailsAbout(Api office, String number) {
        return office.call().queryParam("request", number).get("notifications/outbox").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.status == 'SENT' }");
    }

    private static List<Object> sentMessagesAbout(Api admin, String number) {
        return admin.call().queryParam("status", "SENT").get("admin/webhooks/messages").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.requestNumber == '" + number + "' }");
    }

    /** The mail and the message were taken; their sending transactions commit a moment later. */
    private static void awaitSent(BooleanSupplier sent, String number) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(10);
        while (!sent.getAsBoolean()) {
            assertThat(Instant.now()).as("the mail and the message about " + number + " marked sent").isBefore(until);
            Thread.sleep(200);
        }
    }
}
