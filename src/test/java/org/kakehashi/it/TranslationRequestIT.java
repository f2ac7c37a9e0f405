package org.kakehashi.it;

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
import static org.hamcrest.Matchers.startsWith;

/** A translation request walked over HTTP, as the requester, the coordinator and a reviewer do it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TranslationRequestIT {

    @ArquillianResource
    URL base;

    private Api requester() {
        return Api.as(base, "sato");
    }

    private Api coordinator() {
        return Api.as(base, "emily");
    }

    private Api reviewer() {
        return Api.as(base, "tanaka");
    }

    @Test
    void aSubmissionAnswers201WithTheLocationOfTheNewRequest() {
        requester().call()
                .body(Map.of("sourceLanguage", "ja", "targetLanguages", List.of("zh-hans"), "text", "ひとりで悩んでいませんか？",
                        "wantedBy", "2099-12-24"))
                .post("requests")
                .then().statusCode(201)
                .header("Location", startsWith(base.toString() + "api/requests/"))
                .body("status", equalTo("SUBMITTED"))
                .body("jobs[0].targetLanguage", equalTo("zh-Hans"))
                .body("department", equalTo("sougou-fukushi"))
                .body("timeline[0].event", equalTo("SUBMITTED"));
    }

    @Test
    void aRequestIsTriagedTranslatedSentBackReviewedByAnotherPersonAndDelivered() throws InterruptedException {
        String number = requester().submit("市では「ひきこもり」の方との出会いを大切にしています。");

        coordinator().complete(coordinator().taskFor(number, "triageRequest"), Map.of("outcome", "accept"));
        coordinator().complete(coordinator().taskFor(number, "translateRequest"),
                Map.of("translation", "The city values meeting people who are hikikomori."));

        String review = coordinator().taskFor(number, "reviewTranslation");
        coordinator().call().post("tasks/{id}/claim", review).then().statusCode(409)
                .body("type", equalTo("urn:kakehashi:problem:review.own-translation"));

        reviewer().complete(review, Map.of("outcome", "changes", "comment", "Say \"socially withdrawn people\"."));
        coordinator().complete(coordinator().taskFor(number, "translateRequest"),
                Map.of("translation", "The city values meeting socially withdrawn people."));
        reviewer().complete(reviewer().taskFor(number, "reviewTranslation"), Map.of("outcome", "approve"));

        var delivered = requester().awaitStatus(number, "DELIVERED");
        assertThat(delivered.getString("status")).isEqualTo("DELIVERED");
        assertThat(delivered.getString("jobs[0].translation"))
                .isEqualTo("The city values meeting socially withdrawn people.");
        assertThat(delivered.getString("jobs[0].translator")).isEqualTo("emily");
        assertThat(delivered.getString("jobs[0].reviewer")).isEqualTo("tanaka");
        assertThat(delivered.getList("timeline.event")).containsExactly("SUBMITTED", "ACCEPTED", "ROUTED",
                "TRANSLATION_SUBMITTED", "REVIEWERS_CHOSEN", "CHANGES_REQUESTED", "TRANSLATION_SUBMITTED",
                "REVIEWERS_CHOSEN", "APPROVED", "DELIVERED");
    }

    @Test
    void aRejectedRequestShowsTheReasonAndLeavesTheTaskList() {
        String number = requester().submit("宗教行事のご案内");

        coordinator().complete(coordinator().taskFor(number, "triageRequest"),
                Map.of("outcome", "reject", "reason", "refused-topic", "comment", "行事の案内は宗教法人にご相談ください。"));

        var rejected = requester().call().header("Accept-Language", "ja").get("requests/{number}", number)
                .then().statusCode(200).extract().jsonPath();
        assertThat(rejected.getString("status")).isEqualTo("REJECTED");
        assertThat(rejected.getString("rejection.reason")).isEqualTo("refused-topic");
        assertThat(rejected.getString("rejection.explanation")).isEqualTo("宗教・政治・営利目的の文書は翻訳をお受けしていません。");
        assertThat(rejected.getString("timeline[1].note")).isEqualTo("行事の案内は宗教法人にご相談ください。");
        assertThat(coordinator().call().queryParam("request", number).get("tasks").then().statusCode(200)
                .extract().jsonPath().getList("tasks.requestNumber")).doesNotContain(number);
    }

    @Test
    void aClaimedTaskIsNoLongerOfferedToTheOtherCoordinators() {
        String number = requester().submit("観光パンフレットの翻訳");
        String triage = coordinator().taskFor(number, "triageRequest");

        coordinator().call().post("tasks/{id}/claim", triage).then().statusCode(204);

        Api otherCoordinator = Api.as(base, "tanaka");
        assertThat(otherCoordinator.call().queryParam("request", number).get("tasks").then().extract().jsonPath()
                .getList("tasks.id")).doesNotContain(triage);
        otherCoordinator.call().body(Map.of("outcome", "accept")).post("tasks/{id}/complete", triage)
                .then().statusCode(409).body("type", equalTo("urn:kakehashi:problem:task.claimed-by-other"));
        requester().call().post("tasks/{id}/claim", triage).then().statusCode(409);
    }

    @Test
    void aRequesterCannotWorkOnTasks() {
        String number = requester().submit("窓口案内の翻訳");
        String triage = coordinator().taskFor(number, "triageRequest");

        requester().call().body(Map.of("outcome", "accept")).post("tasks/{id}/complete", triage)
                .then().statusCode(403).body("type", equalTo("urn:kakehashi:problem:task.not-candidate"));
        assertThat(requester().request(number).getString("status")).isEqualTo("SUBMITTED");
    }

    @Test
    void theCoordinatorAsksBackAndTheRequestersAnswerReturnsTheRequestToTriage() {
        String number = requester().submit("ごみの出し方のお知らせ");

        coordinator().complete(coordinator().taskFor(number, "triageRequest"),
                Map.of("outcome", "ask", "comment", "掲載先はどこですか？"));
        assertThat(requester().request(number).getString("status")).isEqualTo("AWAITING_ANSWER");

        Api.as(base, "suzuki").call().body(Map.of("text", "横取り"))
                .post("requests/{number}/answer", number).then().statusCode(404);
        requester().call().body(Map.of("text", "市のホームページです。"))
                .post("requests/{number}/answer", number)
                .then().statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("timeline.event", org.hamcrest.Matchers.contains("SUBMITTED", "QUESTION_ASKED",
                        "QUESTION_ANSWERED"));

        coordinator().taskFor(number, "triageRequest");
    }

    @Test
    void aCancelledRequestLeavesTheTaskListAndCannotBeCancelledTwice() {
        String number = requester().submit("説明会のご案内");
        coordinator().complete(coordinator().taskFor(number, "triageRequest"), Map.of("outcome", "accept"));

        requester().call().body(Map.of("text", "説明会が中止になりました。"))
                .post("requests/{number}/cancel", number)
                .then().statusCode(200).body("status", equalTo("CANCELLED"));

        assertThat(coordinator().call().queryParam("request", number).get("tasks").then().extract().jsonPath()
                .getList("tasks.requestNumber"))
                .doesNotContain(number);
        requester().call().body(Map.of()).post("requests/{number}/cancel", number)
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aRequestIntoEnglishAndChineseIsRoutedPerLanguageAndDeliveredWhenBothAreApproved()
            throws InterruptedException {
        String number = requester().submit("ひとりで悩んでいませんか？", List.of("en", "zh-Hans"));
        coordinator().complete(coordinator().taskFor(number, "triageRequest"), Map.of("outcome", "accept"));

        Api linguist = Api.as(base, "lin");
        assertThat(coordinator().call().queryParam("request", number).get("tasks").then().extract().jsonPath()
                .getList("tasks.targetLanguages.flatten()"))
                .containsExactly("en");
        coordinator().complete(coordinator().taskFor(number, "translateRequest", "en"),
                Map.of("translation", "Are you struggling alone?"));
        linguist.complete(linguist.taskFor(number, "translateRequest", "zh-Hans"),
                Map.of("translation", "你是否独自烦恼？"));

        reviewer().complete(reviewer().taskFor(number, "reviewTranslation", "en"), Map.of("outcome", "approve"));
        assertThat(requester().request(number).getString("status")).isEqualTo("IN_PROGRESS");
        reviewer().complete(reviewer().taskFor(number, "reviewTranslation", "zh-Hans"), Map.of("outcome", "approve"));

        var delivered = requester().awaitStatus(number, "DELIVERED");
        assertThat(delivered.getString("status")).isEqualTo("DELIVERED");
        assertThat(delivered.getList("jobs.translatorGroup")).containsExactly("coordinator", "linguist");
        assertThat(delivered.getList("jobs.translator")).containsExactly("emily", "lin");
        assertThat(delivered.getList("jobs.status")).containsExactly("READY", "READY");
    }

    @Test
    void withoutAnInHouseReviewerForThePairTheReviewGoesToTheExternalReviewers() {
        String number = requester().submit("窓口のご案内", List.of("zh-Hant"));
        coordinator().complete(coordinator().taskFor(number, "triageRequest"), Map.of("outcome", "accept"));
        Api linguist = Api.as(base, "lin");
        linguist.complete(linguist.taskFor(number, "translateRequest"), Map.of("translation", "窗口指南"));

        Api external = Api.as(base, "wang");
        external.taskFor(number, "reviewTranslation");
        assertThat(requester().request(number).getString("jobs[0].reviewerGroup")).isEqualTo("external-reviewer");
    }

    @Test
    void aCheckGoesStraightToReview() throws InterruptedException {
        String number = requester().call()
                .body(Map.of("type", "checking", "sourceLanguage", "ja", "targetLanguages", List.of("en"),
                        "existingTranslations", Map.of("en", "Are you worried alone?"),
                        "text", "ひとりで悩んでいませんか？", "wantedBy", java.time.LocalDate.now().plusDays(20).toString()))
                .post("requests").then().statusCode(201).extract().path("number");
        coordinator().complete(coordinator().taskFor(number, "triageRequest"), Map.of("outcome", "accept"));

        reviewer().complete(reviewer().taskFor(number, "reviewTranslation"), Map.of("outcome", "approve"));

        var delivered = requester().awaitStatus(number, "DELIVERED");
        assertThat(delivered.getString("type")).isEqualTo("CHECKING");
        assertThat(delivered.getList("timeline.event")).doesNotContain("TRANSLATION_SUBMITTED");
    }

    @Test
    void aRushedRequestOnARefusedTopicIsReceivedWithFindingsForTheCoordinator() {
        String number = requester().call().header("Accept-Language", "ja")
                .body(Map.of("sourceLanguage", "ja", "targetLanguages", List.of("en"), "topic", "political",
                        "text", "選挙のお知らせ", "wantedBy", java.time.LocalDate.now().plusDays(1).toString()))
                .post("requests").then().statusCode(201)
                .body("intakeFindings.kind", org.hamcrest.Matchers.contains("REFUSED_TOPIC", "SHORT_LEAD_TIME"))
                .body("intakeFindings[0].message", equalTo("「POLITICAL」の内容は翻訳をお受けしていません。"))
                .extract().path("number");

        coordinator().taskFor(number, "triageRequest");
    }

    @Test
    void aDeliveryToAPartnerIsConfirmedByThePartnersContactOnly() throws InterruptedException {
        String number = requester().call()
                .body(Map.of("sourceLanguage", "ja", "targetLanguages", List.of("en"), "partners", List.of("napier"),
                        "text", "姉妹都市交流のご案内", "wantedBy", java.time.LocalDate.now().plusDays(30).toString()))
                .post("requests").then().statusCode(201).body("partners", org.hamcrest.Matchers.contains("napier"))
                .extract().path("number");
        coordinator().complete(coordinator().taskFor(number, "triageRequest"), Map.of("outcome", "accept"));
        coordinator().complete(coordinator().taskFor(number, "translateRequest"),
                Map.of("translation", "Sister-city exchange"));
        reviewer().complete(reviewer().taskFor(number, "reviewTranslation"), Map.of("outcome", "approve"));
        requester().awaitStatus(number, "DELIVERED");

        requester().call().post("requests/{number}/receipt", number).then().statusCode(403);
        Api.as(base, "aroha").call().post("requests/{number}/receipt", number)
                .then().statusCode(200).body("receiptsConfirmed", org.hamcrest.Matchers.contains("napier"));
        Api.as(base, "aroha").call().post("requests/{number}/receipt", number)
                .then().statusCode(409);
    }

    @Test
    void anUnknownPartnerIsRefusedOnThePartnersField() {
        requester().call()
                .body(Map.of("sourceLanguage", "ja", "targetLanguages", List.of("en"), "partners", List.of("atlantis"),
                        "text", "ご案内", "wantedBy", java.time.LocalDate.now().plusDays(30).toString()))
                .post("requests").then().statusCode(400).body("errors[0].field", equalTo("partners"));
    }
}
