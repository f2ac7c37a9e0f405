package org.kakehashi.it;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Delivery by mail through GreenMail, a real SMTP server on port 3025: the requester's and the partner's mails in
 * their languages with their links, the exact bytes behind each link, tampered, revoked and expired links
 * refused, and mail written while the mail server is down sent when it is back.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeliveryMailIT {

    private static final Pattern LINK = Pattern.compile("http://[^\\s]+/api/deliveries/([A-Za-z0-9_-]{22})");
    private static final String TRANSLATION = "Sister-city exchange: the students arrive on 3 May.";
    private static String arohasToken;

    @ArquillianResource
    URL base;
    @Inject
    LinkClock linkClock;

    @AfterAll
    static void stopMailServer() {
        MailCatcher.stop();
    }

    @Test
    @Order(1)
    @RunAsClient
    void theRequesterAndThePartnerGetTheirLinksInTheirOwnLanguage() throws Exception {
        MailCatcher.start();
        String number = walkToDelivery(List.of("napier"));

        MimeMessage toSato = MailCatcher.mailAbout("sato@city.example.jp", number);
        assertThat(toSato.getSubject()).isEqualTo("【架け橋】依頼" + number + "の翻訳（1件）を納品します");
        assertThat(toSato.getHeader("Subject")[0]).startsWith("=?UTF-8?");
        String satoText = MailCatcher.text(toSato, "text/plain");
        assertThat(satoText).startsWith("佐藤 様").contains("依頼" + number + "の翻訳1件をお届けします");
        assertThat(MailCatcher.text(toSato, "text/html")).contains("<a href=\"http://localhost:8080/api/deliveries/");

        // Napier's mail waits for its office hours, which the test's moment may not be in: the coordinator sends it now
        sendNowToPartners(number);
        MimeMessage toAroha = MailCatcher.mailAbout("aroha@napier.example.nz", number);
        assertThat(toAroha.getSubject()).isEqualTo("[Kakehashi] A translation for you (request " + number + ")");
        String arohaText = MailCatcher.text(toAroha, "text/plain");
        assertThat(arohaText).startsWith("Dear Aroha (Napier),").contains("/partner.html");

        String satosToken = token(satoText);
        arohasToken = token(arohaText);
        assertThat(satosToken).isNotEqualTo(arohasToken);
        for (String token : List.of(satosToken, arohasToken)) {
            ExtractableResponse<Response> file = Api.anonymous(base).get("deliveries/{token}", token)
                    .then().statusCode(200).extract();
            byte[] bytes = file.asByteArray();
            assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(TRANSLATION);
            assertThat(file.header("X-Content-SHA256")).isEqualTo(sha256(bytes));
            assertThat(file.header("Content-Disposition"))
                    .contains("filename*=UTF-8''%E7%BF%BB%E8%A8%B3_" + number + "_en.txt");
        }

        String tampered = (satosToken.charAt(0) == 'A' ? "B" : "A") + satosToken.substring(1);
        Api.anonymous(base).get("deliveries/{token}", tampered).then().statusCode(404)
                .contentType("application/problem+json");

        Api emily = Api.as(base, "emily");
        List<Map<String, Object>> links = emily.call().queryParam("request", number).get("deliveries")
                .then().statusCode(200).extract().jsonPath().getList("");
        assertThat(links).extracting(l -> l.get("recipient")).containsExactlyInAnyOrder("sato", "aroha");
        assertThat(links).allSatisfy(l -> assertThat((List<?>) l.get("downloads")).hasSize(1));
        String satosLink = (String) links.stream().filter(l -> l.get("recipient").equals("sato")).findFirst()
                .orElseThrow().get("id");
        emily.call().post("deliveries/links/{id}/revoke", satosLink).then().statusCode(200);
        Api.anonymous(base).header("Accept-Language", "en").get("deliveries/{token}", satosToken)
                .then().statusCode(410).body("type", equalTo("urn:kakehashi:problem:delivery.link-revoked"));

        Api.as(base, "aroha").call().post("requests/{number}/receipt", number).then().statusCode(200);
        assertThat(Api.as(base, "sato").request(number).getList("timeline.event")).contains("RECEIPT_CONFIRMED");
    }

    @Test
    @Order(2)
    void fourteenDaysPass() {
        assertTrue(linkClock.expireLinksOf("aroha") > 0, "aroha's links expire");
    }

    @Test
    @Order(3)
    @RunAsClient
    void anExpiredLinkIsRefused() {
        Api.anonymous(base).header("Accept-Language", "en").get("deliveries/{token}", arohasToken)
                .then().statusCode(410).body("type", equalTo("urn:kakehashi:problem:delivery.link-expired"));
    }

    @Test
    @Order(4)
    @RunAsClient
    void mailWrittenWhileTheMailServerIsDownGoesOutWhenItIsBack() throws Exception {
        MailCatcher.stop();
        String number = walkToDelivery(List.of());
        List<Map<String, Object>> waiting = Api.as(base, "emily").call().queryParam("request", number)
                .get("notifications/outbox").then().statusCode(200).extract().jsonPath().getList("");
        assertThat(waiting).anySatisfy(mail -> {
            assertThat(mail.get("recipient")).isEqualTo("sato@city.example.jp");
            assertThat(mail.get("status")).isEqualTo("QUEUED");
        });

        MailCatcher.start();
        // the coordinator sees it waiting and sends it again at once instead of at the next round
        Object waitingId = waiting.stream().filter(mail -> "sato@city.example.jp".equals(mail.get("recipient")))
                .findFirst().orElseThrow().get("id");
        Api.as(base, "emily").call().post("notifications/outbox/{id}/retry", waitingId).then().statusCode(200)
                .body("recipient", equalTo("sato@city.example.jp"));
        MimeMessage delivered = MailCatcher.mailAbout("sato@city.example.jp", number);
        assertThat(delivered.getSubject()).isEqualTo("【架け橋】依頼" + number + "の翻訳（1件）を納品します");
    }

    @Test
    @Order(5)
    @RunAsClient
    void aPersonChoosesOneDigestADayInsteadOfAMailForEachChangeAndBackAgain() {
        Api kimura = Api.as(base, "kimura");
        kimura.call().body(Map.of("preference", "digest")).put("notifications/preference")
                .then().statusCode(200).body("preference", equalTo("DIGEST"));
        kimura.call().get("notifications/preference").then().statusCode(200).body("preference", equalTo("DIGEST"));
        kimura.call().body(Map.of("preference", "immediate")).put("notifications/preference")
                .then().statusCode(200).body("preference", equalTo("IMMEDIATE"));
    }

    private String walkToDelivery(List<String> partners) throws InterruptedException {
        Api sato = Api.as(base, "sato");
        Api emily = Api.as(base, "emily");
        String number = sato.call()
                .body(Map.of("sourceLanguage", "ja", "targetLanguages", List.of("en"), "partners", partners,
                        "text", "姉妹都市交流：5月3日に生徒が到着します。",
                        "wantedBy", LocalDate.now().plusDays(30).toString()))
                .post("requests").then().statusCode(201).extract().path("number");
        emily.complete(emily.taskFor(number, "triageRequest"), Map.of("outcome", "accept"));
        emily.complete(emily.taskFor(number, "translateRequest"), Map.of("translation", TRANSLATION));
        Api tanaka = Api.as(base, "tanaka");
        tanaka.complete(tanaka.taskFor(number, "reviewTranslation"), Map.of("outcome", "approve"));
        assertEquals("DELIVERED", sato.awaitStatus(number, "DELIVERED").getString("status"));
        return number;
    }

    /**
     * The coordinator's send-now for the request's mails held for a partner's office hours. (A loop, not a lambda
     * over the client: this class is loaded inside the server too, where the client's classes are not.)
     */
    private void sendNowToPartners(String number) {
        Api emily = Api.as(base, "emily");
        List<Map<String, Object>> mails = emily.call().queryParam("request", number).get("notifications/outbox")
                .then().statusCode(200).extract().jsonPath().getList("");
        for (Map<String, Object> mail : mails) {
            if (mail.get("notBefore") != null) {
                emily.call().post("notifications/outbox/{id}/retry", mail.get("id"))
                        .then().statusCode(200).body("notBefore", equalTo(null));
            }
        }
    }

    private static String token(String text) {
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as("a download link in " + text).isTrue();
        return link.group(1);
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
