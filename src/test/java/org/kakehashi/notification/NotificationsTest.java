package org.kakehashi.notification;

import org.junit.jupiter.api.Test;
import org.kakehashi.directory.MailContact;
import org.kakehashi.directory.MailPreference;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.request.RequestStepTaken;
import org.kakehashi.request.TestRequests;
import org.kakehashi.request.TimelineEvent;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kakehashi.request.TimelineEvent.ACCEPTED;
import static org.kakehashi.request.TimelineEvent.APPROVED;
import static org.kakehashi.request.TimelineEvent.CANCELLED;
import static org.kakehashi.request.TimelineEvent.CHANGES_REQUESTED;
import static org.kakehashi.request.TimelineEvent.DELIVERED;
import static org.kakehashi.request.TimelineEvent.INTERPRETER_REMINDED;
import static org.kakehashi.request.TimelineEvent.LAPSED;
import static org.kakehashi.request.TimelineEvent.PARTNERS_REMINDED;
import static org.kakehashi.request.TimelineEvent.QUESTION_ANSWERED;
import static org.kakehashi.request.TimelineEvent.QUESTION_ASKED;
import static org.kakehashi.request.TimelineEvent.RECEIPT_CONFIRMED;
import static org.kakehashi.request.TimelineEvent.REJECTED;
import static org.kakehashi.request.TimelineEvent.REQUESTER_REMINDED;
import static org.kakehashi.request.TimelineEvent.REVIEWERS_CHOSEN;
import static org.kakehashi.request.TimelineEvent.ROUTED;
import static org.kakehashi.request.TimelineEvent.SCHEDULED;
import static org.kakehashi.request.TimelineEvent.SUBMITTED;
import static org.kakehashi.request.TimelineEvent.TASK_OVERDUE;
import static org.kakehashi.request.TimelineEvent.TASK_REMINDER;
import static org.kakehashi.request.TimelineEvent.TRANSLATION_SUBMITTED;

class NotificationsTest {

    private static final LanguageTag JA = LanguageTag.of("ja");
    private static final LanguageTag EN = LanguageTag.of("en");
    private static final Instant AT = TestRequests.SUBMITTED_AT;

    private static MailContact coordinator(String username) {
        return new MailContact(username, username, Optional.of(username + "@city.example.jp"), LanguageTag.of("ja"),
                MailPreference.DIGEST);
    }

    private static List<TimelineEvent> reachingTheRequester() {
        return Arrays.stream(TimelineEvent.values()).filter(Notifications::reachesRequester).toList();
    }

    @Test
    void theRequesterHearsWhenTheOfficeAsksRemindsTurnsTheRequestDownOrLetsItLapse() {
        assertThat(reachingTheRequester())
                .containsExactlyInAnyOrder(QUESTION_ASKED, REQUESTER_REMINDED, REJECTED, LAPSED);
    }

    @Test
    void theRequesterGetsNoNoticeOfTheirOwnCancellationNorOfTheDeliveryWhichBringsItsLinksItself() {
        assertThat(reachingTheRequester()).doesNotContain(CANCELLED, QUESTION_ANSWERED, DELIVERED);
    }

    @Test
    void coordinatorsHearOfNewRequestsAnswersWithdrawalsTranslationsReviewsDeliveriesReceiptsAndOverdueTasks() {
        assertThat(EnumSet.of(SUBMITTED, QUESTION_ANSWERED, CANCELLED, TRANSLATION_SUBMITTED, CHANGES_REQUESTED,
                APPROVED, DELIVERED, RECEIPT_CONFIRMED, TASK_OVERDUE)).allMatch(Notifications::reachesOffice);
    }

    @Test
    void coordinatorsAreNotToldOfTriageTheyDidNorOfTheProcesssOwnBookkeeping() {
        assertThat(EnumSet.of(ACCEPTED, REJECTED, QUESTION_ASKED, SCHEDULED, ROUTED, REVIEWERS_CHOSEN,
                REQUESTER_REMINDED, INTERPRETER_REMINDED, PARTNERS_REMINDED, TASK_REMINDER))
                .noneMatch(Notifications::reachesOffice);
    }

    @Test
    void aCoordinatorIsNeverToldOfTheirOwnStep() {
        MailContact emily = coordinator("emily");
        MailContact yamada = coordinator("yamada");
        RequestStepTaken withdrawnByEmily = new RequestStepTaken(TestRequests.NUMBER, CANCELLED, "emily", null,
                "不要になりました", AT);
        RequestStepTaken overdue = new RequestStepTaken(TestRequests.NUMBER, TASK_OVERDUE, "kakehashi", null,
                "translateRequest", AT);

        assertThat(Notifications.othersThanTheActor(withdrawnByEmily, List.of(emily, yamada))).containsExactly(yamada);
        assertThat(Notifications.othersThanTheActor(overdue, List.of(emily, yamada))).containsExactly(emily, yamada);
    }
}
