package org.kakehashi.it;

import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The coordinator gives a task to a named colleague who may take it, who hears of it by mail in their own
 * language with a link to the task; gives it to another with a reason; the holder gives it back; a person outside
 * the task's groups or language pair, or the translator as the reviewer of their own work, cannot be given it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TaskAssignmentIT {

    @ArquillianResource
    URL base;

    @Test
    void aTaskGivenToAColleagueReachesThemByMailAndMovesOnWithItsReasons() throws Exception {
        MailCatcher.start();
        // a coordinator hears of changes in the daily digest unless they choose otherwise
        Api.as(base, "tanaka").call().body(Map.of("preference", "IMMEDIATE")).put("notifications/preference")
                .then().statusCode(200);
        try {
            String number = Api.as(base, "sato").submit("市民課の窓口案内です。");
            Api emily = Api.as(base, "emily");
            emily.complete(emily.taskFor(number, "triageRequest"), Map.of("outcome", "accept"));
            String translate = emily.taskFor(number, "translateRequest");

            assertThat(emily.call().get("tasks/{id}/candidates", translate).then().statusCode(200).extract().jsonPath()
                    .getList("username", String.class)).contains("emily", "tanaka").doesNotContain("lin", "sato");
            emily.call().body(Map.of("assignee", "lin")).post("tasks/{id}/assignment", translate).then().statusCode(400)
                    .body("errors[0].field", equalTo("assignee"));
            emily.call().body(Map.of("assignee", "nobody")).post("tasks/{id}/assignment", translate).then()
                    .statusCode(400).body("errors[0].field", equalTo("assignee"));
            Api.as(base, "sato").call().body(Map.of("assignee", "tanaka")).post("tasks/{id}/assignment", translate)
                    .then().statusCode(403);

            emily.call().body(Map.of("assignee", "tanaka", "reason", "Emily is at the sister-city visit"))
                    .post("tasks/{id}/assignment", translate).then().statusCode(204);

            MimeMessage toTanaka = MailCatcher.mailAbout("tanaka@city.example.jp", number, "翻訳の担当");
            assertThat(toTanaka.getSubject()).isEqualTo("【架け橋】依頼" + number + "：翻訳の担当になりました");
            assertThat(MailCatcher.text(toTanaka, "text/plain"))
                    .contains("emily", "Emily is at the sister-city visit",
                            "http://localhost:8080/work.html?task=" + translate);
            Api tanaka = Api.as(base, "tanaka");
            tanaka.call().get("tasks/{id}", translate).then().statusCode(200).body("assignee", equalTo("tanaka"));

            emily.call().body(Map.of("assignee", "emily")).post("tasks/{id}/assignment", translate).then()
                    .statusCode(400).body("errors[0].field", equalTo("reason"));
            emily.call().body(Map.of("assignee", "emily", "reason", "back from the visit"))
                    .post("tasks/{id}/assignment", translate).then().statusCode(204);
            Api.as(base, "sato").call().body(Map.of("reason", "not mine")).post("tasks/{id}/give-back", translate)
                    .then().statusCode(403);
            emily.call().body(Map.of()).post("tasks/{id}/give-back", translate).then().statusCode(400)
                    .body("errors[0].field", equalTo("reason"));
            emily.call().body(Map.of("reason", "a deadline of my own came first"))
                    .post("tasks/{id}/give-back", translate).then().statusCode(204);
            emily.call().get("tasks/{id}", translate).then().statusCode(200).body("assignee", equalTo(null));

            List<String> notes = emily.request(number).getList(
                    "timeline.findAll { it.event == 'TASK_ASSIGNED' || it.event == 'TASK_GIVEN_BACK' }.note",
                    String.class);
            assertThat(notes).containsExactly("translateRequest: tanaka — Emily is at the sister-city visit",
                    "translateRequest: tanaka → emily — back from the visit",
                    "translateRequest: emily — a deadline of my own came first");
        } finally {
            Api.as(base, "tanaka").call().body(Map.of("preference", "DIGEST")).put("notifications/preference")
                    .then().statusCode(200);
            MailCatcher.stop();
        }
    }

    @Test
    void theHolderIsRemindedBeforeTheTaskFallsDueAndTheOfficeManagerHearsWhenItIsOverdue() throws Exception {
        MailCatcher.start();
        // a coordinator hears of changes in the daily digest unless they choose otherwise
        Api.as(base, "tanaka").call().body(Map.of("preference", "IMMEDIATE")).put("notifications/preference")
                .then().statusCode(200);
        try {
            String number = Api.as(base, "sato").submit("ごみの出し方が変わります。");
            Api emily = Api.as(base, "emily");
            emily.complete(emily.taskFor(number, "triageRequest"), Map.of("outcome", "accept"));
            String translate = emily.taskFor(number, "translateRequest");
            emily.call().body(Map.of("assignee", "tanaka")).post("tasks/{id}/assignment", translate).then()
                    .statusCode(204);

            emily.call().post("test/tasks/{id}/next-timer", translate).then()
                    .statusCode(204);
            MimeMessage reminder = MailCatcher.mailAbout("tanaka@city.example.jp", number, "期限が近づいています");
            assertThat(MailCatcher.text(reminder, "text/plain"))
                    .contains("http://localhost:8080/work.html?task=" + translate);

            emily.call().post("test/tasks/{id}/next-timer", translate).then()
                    .statusCode(204);
            assertThat(MailCatcher.mailAbout("tanaka@city.example.jp", number, "期限を過ぎました").getSubject())
                    .isEqualTo("【架け橋】依頼" + number + "：翻訳が期限を過ぎました");
            assertThat(MailCatcher.mailAbout("watanabe@city.example.jp", number, "期限を過ぎました")).isNotNull();
        } finally {
            Api.as(base, "tanaka").call().body(Map.of("preference", "DIGEST")).put("notifications/preference")
                    .then().statusCode(200);
            MailCatcher.stop();
        }
    }

    @Test
    void theTranslatorCannotBeGivenTheReviewOfTheirOwnTranslation() {
        String number = Api.as(base, "sato").submit("図書館の休館日のお知らせです。");
        Api emily = Api.as(base, "emily");
        emily.complete(emily.taskFor(number, "triageRequest"), Map.of("outcome", "accept"));
        emily.complete(emily.taskFor(number, "translateRequest"),
                Map.of("translation", "The library's closing days."));
        String review = Api.as(base, "tanaka").taskFor(number, "reviewTranslation");

        Api.as(base, "tanaka").call().body(Map.of("assignee", "emily")).post("tasks/{id}/assignment", review)
                .then().statusCode(409);
        assertThat(Api.as(base, "tanaka").call().get("tasks/{id}/candidates", review).then().statusCode(200)
                .extract().jsonPath().getList("username", String.class)).contains("tanaka").doesNotContain("emily");
    }
}
