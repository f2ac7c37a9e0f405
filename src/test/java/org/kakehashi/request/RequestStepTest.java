package org.kakehashi.request;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kakehashi.request.RequestStatus.AWAITING_ANSWER;
import static org.kakehashi.request.RequestStatus.CANCELLED;
import static org.kakehashi.request.RequestStatus.DELIVERED;
import static org.kakehashi.request.RequestStatus.HELD;
import static org.kakehashi.request.RequestStatus.IN_PROGRESS;
import static org.kakehashi.request.RequestStatus.LAPSED;
import static org.kakehashi.request.RequestStatus.READY;
import static org.kakehashi.request.RequestStatus.REJECTED;
import static org.kakehashi.request.RequestStatus.REPORTED;
import static org.kakehashi.request.RequestStatus.SCHEDULED;
import static org.kakehashi.request.RequestStatus.SUBMITTED;

/**
 * The lifecycle table against the two processes (bpmn/translation-request.bpmn, bpmn/interpretation-request.bpmn):
 * each step is taken where its task or event stands in the process, and leads where the process goes next.
 */
class RequestStepTest {

    private record Transition(Set<RequestStatus> from, RequestStatus to) {
        static Transition from(RequestStatus to, RequestStatus... from) {
            return new Transition(EnumSet.copyOf(Arrays.asList(from)), to);
        }
    }

    private static final Map<RequestStep, Transition> PROCESSES = new EnumMap<>(RequestStep.class);

    static {
        // both processes: the intake rules run on the submitted request, before its triage
        PROCESSES.put(RequestStep.NOTE_INTAKE_FINDINGS, Transition.from(SUBMITTED, SUBMITTED));
        // both processes: triageRequest / triageInterpretation, and the gateway after them
        PROCESSES.put(RequestStep.ACCEPT, Transition.from(IN_PROGRESS, SUBMITTED));
        PROCESSES.put(RequestStep.REJECT, Transition.from(REJECTED, SUBMITTED));
        PROCESSES.put(RequestStep.ASK_BACK, Transition.from(AWAITING_ANSWER, SUBMITTED));
        // both processes: awaitAnswer / awaitInterpretationAnswer, the answer going back to triageRound /
        // interpretationTriageRound; their timers remind (remindRequester / remindInterpretationRequester), then
        // lapse (lapseRequest / lapseInterpretation)
        PROCESSES.put(RequestStep.ANSWER, Transition.from(SUBMITTED, AWAITING_ANSWER));
        PROCESSES.put(RequestStep.REMIND_REQUESTER, Transition.from(AWAITING_ANSWER, AWAITING_ANSWER));
        PROCESSES.put(RequestStep.LAPSE, Transition.from(LAPSED, AWAITING_ANSWER));
        // the cancellation event subprocesses, while the process runs; an interpretation not once its event is held
        PROCESSES.put(RequestStep.CANCEL,
                Transition.from(CANCELLED, SUBMITTED, AWAITING_ANSWER, IN_PROGRESS, READY, SCHEDULED));
        // the translationJob subprocess runs while the request is in progress; the last job ready makes it READY
        PROCESSES.put(RequestStep.SUBMIT_TRANSLATION, Transition.from(IN_PROGRESS, IN_PROGRESS));
        PROCESSES.put(RequestStep.APPROVE, Transition.from(READY, IN_PROGRESS));
        PROCESSES.put(RequestStep.REQUEST_CHANGES, Transition.from(IN_PROGRESS, IN_PROGRESS));
        // deliverTranslation after the subprocess; awaitPartnerReceipt and its reminder after the delivery
        PROCESSES.put(RequestStep.DELIVER, Transition.from(DELIVERED, READY));
        PROCESSES.put(RequestStep.CONFIRM_RECEIPT, Transition.from(DELIVERED, DELIVERED));
        PROCESSES.put(RequestStep.REMIND_PARTNERS, Transition.from(DELIVERED, DELIVERED));
        // scheduleInterpretation after acceptance, remindInterpreter, markHeld, reportEvent
        PROCESSES.put(RequestStep.SCHEDULE, Transition.from(SCHEDULED, IN_PROGRESS));
        PROCESSES.put(RequestStep.CHANGE_BOOKING, Transition.from(SCHEDULED, SCHEDULED));
        PROCESSES.put(RequestStep.REMIND_INTERPRETER, Transition.from(SCHEDULED, SCHEDULED));
        PROCESSES.put(RequestStep.RECORD_HELD, Transition.from(HELD, SCHEDULED));
        PROCESSES.put(RequestStep.REPORT, Transition.from(REPORTED, HELD));
    }

    @Test
    void everyStepIsInTheProcesses() {
        assertThat(PROCESSES.keySet()).containsExactlyInAnyOrder(RequestStep.values());
    }

    @ParameterizedTest
    @EnumSource(RequestStep.class)
    void aStepIsTakenOnlyWhereTheProcessTakesIt(RequestStep step) {
        assertThat(EnumSet.allOf(RequestStatus.class)).filteredOn(step::allowedFrom)
                .containsExactlyInAnyOrderElementsOf(PROCESSES.get(step).from());
    }

    @ParameterizedTest
    @EnumSource(RequestStep.class)
    void aStepLeadsWhereTheProcessGoesNext(RequestStep step) {
        Transition transition = PROCESSES.get(step);
        assertThat(transition.from()).allSatisfy(from -> assertThat(step.from(from)).isEqualTo(transition.to()));
    }

    @Test
    void aTranslationGoesThroughTriageAQuestionAReviewRoundAndPartnersReceiptToDelivered() {
        assertThat(walk(RequestStep.NOTE_INTAKE_FINDINGS, RequestStep.ASK_BACK, RequestStep.REMIND_REQUESTER,
                RequestStep.ANSWER, RequestStep.ACCEPT, RequestStep.SUBMIT_TRANSLATION, RequestStep.REQUEST_CHANGES,
                RequestStep.SUBMIT_TRANSLATION, RequestStep.APPROVE, RequestStep.DELIVER,
                RequestStep.REMIND_PARTNERS, RequestStep.CONFIRM_RECEIPT)).isEqualTo(DELIVERED);
    }

    @Test
    void aCheckIsReviewedWithoutATranslationFirst() {
        assertThat(walk(RequestStep.ACCEPT, RequestStep.APPROVE, RequestStep.DELIVER)).isEqualTo(DELIVERED);
    }

    @Test
    void anInterpretationIsBookedRemindedHeldAndReported() {
        assertThat(walk(RequestStep.ACCEPT, RequestStep.SCHEDULE, RequestStep.REMIND_INTERPRETER,
                RequestStep.RECORD_HELD, RequestStep.REPORT)).isEqualTo(REPORTED);
    }

    @Test
    void anInterpretationMayBeAskedBackBeforeItIsBooked() {
        assertThat(walk(RequestStep.NOTE_INTAKE_FINDINGS, RequestStep.ASK_BACK, RequestStep.REMIND_REQUESTER,
                RequestStep.ANSWER, RequestStep.ACCEPT, RequestStep.SCHEDULE, RequestStep.REMIND_INTERPRETER,
                RequestStep.RECORD_HELD, RequestStep.REPORT)).isEqualTo(REPORTED);
    }

    @Test
    void aRequestEndsRejectedLapsedOrCancelled() {
        assertThat(walk(RequestStep.REJECT)).isEqualTo(REJECTED);
        assertThat(walk(RequestStep.ASK_BACK, RequestStep.LAPSE)).isEqualTo(LAPSED);
        assertThat(walk(RequestStep.ASK_BACK, RequestStep.CANCEL)).as("while awaiting an answer").isEqualTo(CANCELLED);
        assertThat(walk(RequestStep.ACCEPT, RequestStep.SCHEDULE, RequestStep.CANCEL)).isEqualTo(CANCELLED);
    }

    @ParameterizedTest
    @EnumSource(RequestStep.class)
    void noStepLeadsOutOfAClosedRequest(RequestStep step) {
        assertThat(EnumSet.allOf(RequestStatus.class)).filteredOn(RequestStatus::isClosed)
                .filteredOn(step::allowedFrom)
                .allSatisfy(closed -> assertThat(step.from(closed)).isEqualTo(closed));
    }

    @Test
    void theTimelineTellsEachStepApart() {
        assertThat(Arrays.stream(RequestStep.values()).map(RequestStep::event).filter(e -> e != null))
                .doesNotHaveDuplicates().hasSize(RequestStep.values().length - 1);
    }

    /** Takes the steps from a new request, each where the table allows it. */
    private static RequestStatus walk(RequestStep... steps) {
        RequestStatus status = SUBMITTED;
        for (RequestStep step : steps) {
            assertThat(step.allowedFrom(status)).as("%s from %s", step, status).isTrue();
            status = step.from(status);
        }
        return status;
    }
}
