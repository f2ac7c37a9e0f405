package org.kakehashi.it.upgrade;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kakehashi.it.Api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A database made by the last release before versioned migrations (restored by {@link RestoreUpgradeFixture}
 * before the server started) after the deployment migrated it: every row of Kakehashi's tables is still there,
 * every request is where it stood, and requests made before the upgrade are walked on to delivery.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
// first of all test classes (src/test/resources/junit-platform.properties): the upgraded database as the upgrade
// left it, before other tests move the clock on and the retention rules remove the last release's sent mails
@Order(1)
class UpgradeIT {

    /** Written by the restore when it restored the fixture into this run's database. */
    private static final Path RESTORED = Path.of(System.getProperty("kakehashi.upgrade.restored",
            "target/upgrade-fixture-restored"));

    @ArquillianResource
    URL base;
    @Inject
    FixtureRows rows;

    record FixtureRequest(String number, Set<String> statuses, String what) {
    }

    private static List<FixtureRequest> requests() throws IOException {
        try (InputStream in = UpgradeIT.class.getResourceAsStream("/upgrade/" + Files.readString(RESTORED).strip()
                + "/requests.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .map(c -> new FixtureRequest(c[0], Set.copyOf(Arrays.asList(c[1].split(","))), c[2]))
                    .toList();
        }
    }

    private static void assumeRestored() {
        assumeTrue(Files.exists(RESTORED), "the fixture was not restored into this database");
    }

    private static FixtureRequest made(String what) throws IOException {
        return requests().stream().filter(r -> r.what().equals(what)).findFirst().orElseThrow();
    }

    /** In the server, where the database is; JUnit's assertions, which the test deployment carries. */
    @Test
    @Order(1)
    void everyRowOfTheLastReleaseIsStillThere() {
        List<FixtureRows.Table> tables = rows.listed();
        FixtureRows.Table requestTable = tables.stream().filter(t -> t.name().equals("translation_request"))
                .findFirst().orElseThrow();
        assumeTrue(rows.present(requestTable) > 0, "the fixture was not restored into this database");
        assertTrue(tables.size() > 15, "the fixture lists " + tables.size() + " tables");
        for (FixtureRows.Table table : tables) {
            assertEquals(table.values().size(), rows.present(table), table.name());
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void everyRequestIsWhereItStood() throws IOException {
        assumeRestored();
        Api emily = Api.as(base, "emily");
        for (FixtureRequest request : requests()) {
            assertThat(emily.request(request.number()).getString("status")).as(request.what())
                    .isIn(request.statuses());
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    void aRequestMadeBeforeTheUpgradeIsWalkedToDelivery() throws Exception {
        assumeRestored();
        String number = made("SUBMITTED (walked to delivery after the upgrade)").number();
        Api emily = Api.as(base, "emily");
        Api tanaka = Api.as(base, "tanaka");

        emily.complete(emily.taskFor(number, "triageRequest"), Map.of("outcome", "accept"));
        emily.complete(emily.taskFor(number, "translateRequest"),
                Map.of("translation", "Are you struggling alone? Talk to the General Welfare Division."));
        tanaka.complete(tanaka.taskFor(number, "reviewTranslation"), Map.of("outcome", "approve"));

        assertThat(Api.as(base, "sato").awaitStatus(number, "DELIVERED").getList("timeline.event"))
                .startsWith("SUBMITTED").contains("ACCEPTED", "APPROVED", "DELIVERED");
    }

    @Test
    @Order(4)
    @RunAsClient
    void aReviewStartedBeforeTheUpgradeEndsInDeliveryAndAQuestionIsAnswered() throws Exception {
        assumeRestored();
        String inReview = made("IN_PROGRESS, in review").number();
        Api tanaka = Api.as(base, "tanaka");
        tanaka.complete(tanaka.taskFor(inReview, "reviewTranslation"), Map.of("outcome", "approve"));
        Api sato = Api.as(base, "sato");
        assertThat(sato.awaitStatus(inReview, "DELIVERED").getString("jobs[0].translation"))
                .isEqualTo("Joining the National Health Insurance");

        String asked = made("AWAITING_ANSWER").number();
        if (sato.request(asked).getString("status").equals("AWAITING_ANSWER")) {
            sato.call().body(Map.of("text", "市のホームページです。")).post("requests/{number}/answer", asked)
                    .then().statusCode(200);
            Api.as(base, "emily").taskFor(asked, "triageRequest");
        }
    }

    @Test
    @Order(5)
    @RunAsClient
    void aFileSentBeforeTheUpgradeIsStillItsOwnBytes() throws IOException {
        assumeRestored();
        String number = made("SUBMITTED with a Shift_JIS text file").number();

        byte[] kept = Api.as(base, "sato").call().get("requests/{n}/document", number)
                .then().statusCode(200).extract().asByteArray();
        assertThat(kept).isEqualTo("ひとりで悩んでいませんか？\r\n総合福祉課にご相談ください。\r\n"
                .getBytes(Charset.forName("Windows-31J")));
    }
}
