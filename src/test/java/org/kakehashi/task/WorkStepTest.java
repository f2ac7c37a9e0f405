package org.kakehashi.task;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import org.junit.jupiter.api.Test;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.request.BookingRules;
import org.kakehashi.request.Interpretation;
import org.kakehashi.request.JobStatus;
import org.kakehashi.request.RequestProblem;
import org.kakehashi.request.RejectionReasons;
import org.kakehashi.request.Request;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestRepository;
import org.kakehashi.request.RequestStatus;
import org.kakehashi.request.RequestWork;
import org.kakehashi.request.TestRequests;
import org.kakehashi.workflow.InterpretationProcess;
import org.kakehashi.workflow.TranslationProcess;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkStepTest {

    private static final LanguageTag JA = LanguageTag.of("ja");
    private static final LanguageTag EN = LanguageTag.of("en");
    private static final RequestNumber NUMBER = TestRequests.NUMBER;
    private static final Instant LATER = TestRequests.SUBMITTED_AT.plusSeconds(3600);

    /** The request store of a single request. */
    private static final class OneRequest extends RequestRepository {
        private final Request request;

        OneRequest(Request request) {
            this.request = request;
        }

        @Override
        public Optional<Request> find(RequestNumber number) {
            return Optional.of(request).filter(r -> r.number().equals(number));
        }
    }

    /** Nobody listens: what the observers of steps do is not the steps' concern. */
    private static final class NoObservers<T> implements Event<T> {
        @Override
        public void fire(T event) {
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<T> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }

    /** The bookings asked for, every interpreter free and qualified: the interpreters' calendars are not here. */
    private static final class Bookings implements BookingRules {
        final List<String> asked = new ArrayList<>();

        @Override
        public void requireBookable(Request request, String interpreter) {
            asked.add(request.number().value() + " " + interpreter);
        }
    }

    private static RequestWork workOn(Request request) {
        return workOn(request, new Bookings());
    }

    private static RequestWork workOn(Request request, BookingRules bookings) {
        // the city's closed days only matter to delivery, which no task step takes
        return new RequestWork(new OneRequest(request), new NoObservers<>(), new NoObservers<>(),
                new NoObservers<>(), new NoObservers<>(), new NoObservers<>(), new RejectionReasons(), null, bookings,
                Clock.fixed(LATER, TestRequests.TOKYO));
    }

    private static WorkStep.Completion outcome(String outcome, String reason, String comment) {
        return new WorkStep.Completion(outcome, reason, comment, null, null, null, null);
    }

    private static Request inTranslation() {
        Request request = TestRequests.translation("sato", JA, EN);
        request.accept("emily", TestRequests.SUBMITTED_AT.plusSeconds(60));
        return request;
    }

    private static Request inReviewTranslatedBy(String translator) {
        Request request = inTranslation();
        request.onJob(EN).submitTranslation(translator, "Are you struggling alone?", null,
                TestRequests.SUBMITTED_AT.plusSeconds(120));
        return request;
    }

    @Test
    void everyUserTaskOfBothProcessesIsAStepAndNoOtherElementIs() {
        assertThat(WorkStep.forTask(TranslationProcess.TRIAGE_REQUEST)).contains(WorkStep.TRIAGE);
        assertThat(WorkStep.forTask(TranslationProcess.TRANSLATE_REQUEST)).contains(WorkStep.TRANSLATE);
        assertThat(WorkStep.forTask(TranslationProcess.REVIEW_TRANSLATION)).contains(WorkStep.REVIEW);
        assertThat(WorkStep.forTask(InterpretationProcess.TRIAGE_INTERPRETATION))
                .contains(WorkStep.TRIAGE_INTERPRETATION);
        assertThat(WorkStep.forTask(InterpretationProcess.SCHEDULE_INTERPRETATION)).contains(WorkStep.SCHEDULE);
        assertThat(WorkStep.forTask(InterpretationProcess.REPORT_EVENT)).contains(WorkStep.REPORT);
        assertThat(WorkStep.forTask(TranslationProcess.CHOOSE_REVIEWERS)).as("a service task").isEmpty();
    }

    @Test
    void eachStepOffersTheOutcomesItsProcessBranchesOn() {
        assertThat(WorkStep.TRIAGE.outcomes()).containsExactly("accept", "reject", "ask");
        assertThat(WorkStep.TRIAGE_INTERPRETATION.outcomes()).as("an interpretation is asked back as a translation is")
                .containsExactly("accept", "reject", "ask");
        assertThat(WorkStep.REVIEW.outcomes()).containsExactly("approve", "changes");
        assertThat(WorkStep.TRANSLATE.outcomes()).hasSize(1);
    }

    @Test
    void acceptingAtTriageStartsTheTranslationAndTakesTheAcceptedPath() {
        Request request = TestRequests.translation("sato", JA, EN);

        Map<String, Object> variables = WorkStep.TRIAGE.apply(workOn(request), NUMBER, null, "emily",
                outcome("accept", null, null));

        assertThat(variables).containsExactlyEntriesOf(Map.of("triage", "accept"));
        assertThat(request.status()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(request.job(EN).status()).isEqualTo(JobStatus.IN_TRANSLATION);
    }

    @Test
    void rejectingAtTriageClosesTheRequestWithTheReasonChosen() {
        Request request = TestRequests.translation("sato", JA, EN);

        Map<String, Object> variables = WorkStep.TRIAGE.apply(workOn(request), NUMBER, null, "emily",
                outcome("reject", "refused-topic", "政治的な内容のため"));

        assertThat(variables).containsExactlyEntriesOf(Map.of("triage", "reject"));
        assertThat(request.status()).isEqualTo(RequestStatus.REJECTED);
        assertThat(request.triage().rejectionReason()).isEqualTo("refused-topic");
    }

    @Test
    void askingAtTriagePutsTheQuestionToTheRequester() {
        Request request = TestRequests.translation("sato", JA, EN);

        Map<String, Object> variables = WorkStep.TRIAGE.apply(workOn(request), NUMBER, null, "emily",
                outcome("ask", null, "配布先はどこですか？"));

        assertThat(variables).containsExactlyEntriesOf(Map.of("triage", "ask"));
        assertThat(request.status()).isEqualTo(RequestStatus.AWAITING_ANSWER);
        assertThat(request.timeline()).last().satisfies(entry -> assertThat(entry.note()).isEqualTo("配布先はどこですか？"));
    }

    @Test
    void anInterpretationIsAcceptedAtTriageLikeAnyRequest() {
        Request request = TestRequests.interpretation("sato", JA, EN);

        Map<String, Object> variables = WorkStep.TRIAGE_INTERPRETATION.apply(workOn(request), NUMBER, null, "emily",
                outcome("accept", null, null));

        assertThat(variables).containsExactlyEntriesOf(Map.of("triage", "accept"));
        assertThat(request.status()).isEqualTo(RequestStatus.IN_PROGRESS);
    }

    @Test
    void askingAtAnInterpretationsTriagePutsTheQuestionToTheRequester() {
        Request request = TestRequests.interpretation("sato", JA, EN);

        Map<String, Object> variables = WorkStep.TRIAGE_INTERPRETATION.apply(workOn(request), NUMBER, null, "emily",
                outcome("ask", null, "会場の住所を教えてください。"));

        assertThat(variables).containsExactlyEntriesOf(Map.of("triage", "ask"));
        assertThat(request.status()).isEqualTo(RequestStatus.AWAITING_ANSWER);
        assertThat(request.timeline()).last()
                .satisfies(entry -> assertThat(entry.note()).isEqualTo("会場の住所を教えてください。"));
    }

    @Test
    void anInterpretationIsNotAskedBackWithoutAQuestion() {
        Request request = TestRequests.interpretation("sato", JA, EN);

        assertThatThrownBy(() -> WorkStep.TRIAGE_INTERPRETATION.apply(workOn(request), NUMBER, null, "emily",
                outcome("ask", null, " ")))
                .isInstanceOf(RequestProblem.class).hasMessageStartingWith("request.question-missing");
        assertThat(request.status()).isEqualTo(RequestStatus.SUBMITTED);
    }

    @Test
    void handingInATranslationSendsItToReviewAndNamesItsTranslatorForAnyRoundOfChanges() {
        Request request = inTranslation();

        Map<String, Object> variables = WorkStep.TRANSLATE.apply(workOn(request), NUMBER, EN, "nguyen",
                new WorkStep.Completion("submit", null, null, "Are you struggling alone?", null, null, null));

        assertThat(variables).containsExactlyEntriesOf(Map.of("translator", "nguyen"));
        assertThat(request.job(EN).status()).isEqualTo(JobStatus.IN_REVIEW);
        assertThat(request.job(EN).translation()).isEqualTo("Are you struggling alone?");
    }

    @Test
    void approvingTheOnlyJobMakesTheRequestReadyToDeliver() {
        Request request = inReviewTranslatedBy("nguyen");

        Map<String, Object> variables = WorkStep.REVIEW.apply(workOn(request), NUMBER, EN, "tanaka",
                outcome("approve", null, null));

        assertThat(variables).containsExactlyEntriesOf(Map.of("review", "approve"));
        assertThat(request.job(EN).status()).isEqualTo(JobStatus.READY);
        assertThat(request.status()).isEqualTo(RequestStatus.READY);
    }

    @Test
    void askingForChangesSendsTheJobBackToItsTranslatorWithTheComment() {
        Request request = inReviewTranslatedBy("nguyen");

        Map<String, Object> variables = WorkStep.REVIEW.apply(workOn(request), NUMBER, EN, "tanaka",
                outcome("changes", null, "「悩む」は worry のほうが自然です"));

        assertThat(variables).containsExactlyEntriesOf(Map.of("review", "changes"));
        assertThat(request.job(EN).status()).isEqualTo(JobStatus.CHANGES_REQUESTED);
        assertThat(request.timeline()).last()
                .satisfies(entry -> assertThat(entry.note()).isEqualTo("「悩む」は worry のほうが自然です"));
    }

    @Test
    void aTranslatorMayNotTakeTheReviewOfTheirOwnTranslation() {
        RequestWork work = workOn(inReviewTranslatedBy("nguyen"));

        assertThatThrownBy(() -> WorkStep.REVIEW.checkMayTake(work, NUMBER, EN, "nguyen"))
                .isInstanceOf(RequestProblem.class).hasMessageStartingWith("review.own-translation");
        assertThatNoException().isThrownBy(() -> WorkStep.REVIEW.checkMayTake(work, NUMBER, EN, "tanaka"));
    }

    @Test
    void bookingAnInterpreterNamesThemWithoutStraySpacesForTheReportTask() {
        Request request = TestRequests.interpretation("sato", JA, EN);
        request.accept("emily", TestRequests.SUBMITTED_AT.plusSeconds(60));
        Bookings bookings = new Bookings();

        Map<String, Object> variables = WorkStep.SCHEDULE.apply(workOn(request, bookings), NUMBER, null, "emily",
                new WorkStep.Completion("schedule", null, null, null, " tanaka ", null, null));

        assertThat(bookings.asked).containsExactly(NUMBER.value() + "  tanaka ");
        assertThat(request.status()).isEqualTo(RequestStatus.SCHEDULED);
        assertThat(request.interpreter()).isEqualTo("tanaka");
        assertThat(variables).containsExactlyEntriesOf(Map.of("interpreter", "tanaka"));
    }

    @Test
    void theInterpretersReportIsKeptWithTheRequest() {
        Request request = TestRequests.interpretation("sato", JA, EN);
        request.accept("emily", TestRequests.SUBMITTED_AT.plusSeconds(60));
        request.interpreting().schedule("emily", "tanaka", TestRequests.SUBMITTED_AT.plusSeconds(120));
        request.interpreting().recordHeld("kakehashi", TestRequests.SUBMITTED_AT.plusSeconds(180));

        Map<String, Object> variables = WorkStep.REPORT.apply(workOn(request), NUMBER, null, "tanaka",
                new WorkStep.Completion("report", null, "通訳は予定どおり終了しました。", null, null, null, null));

        assertThat(variables).isEmpty();
        assertThat(request.status()).isEqualTo(RequestStatus.REPORTED);
        assertThat(request.interpretation().map(Interpretation::report)).contains("通訳は予定どおり終了しました。");
    }
}
