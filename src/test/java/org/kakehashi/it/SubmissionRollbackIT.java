package org.kakehashi.it;

import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.Role;
import org.kakehashi.request.NewRequest;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestRepository;
import org.kakehashi.request.RequestSubmission;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A submission that fails after the request row and the process instance were made leaves neither behind.
 * Runs inside the server, with JUnit's own assertions (the deployment carries no assertion library).
 */
@ExtendWith(ArquillianExtension.class)
class SubmissionRollbackIT {

    @Inject
    RequestSubmission submission;
    @Inject
    FailingSubmissionStep failingStep;
    @Inject
    RequestRepository requests;
    @Inject
    RuntimeService runtime;
    @Inject
    HistoryService history;

    @Test
    void aFailingSubmissionRollsBackTheRequestAndTheProcessInstance() {
        Caller sato = new Caller("sato", Set.of(Role.REQUESTER), "sougou-fukushi");
        NewRequest request = NewRequest.translation(LanguageTag.of("ja"), LanguageTag.of("en"),
                "本文", LocalDate.now().plusDays(30));

        failingStep.failNext();
        assertThrows(RuntimeException.class, () -> submission.submit(sato, request));

        RequestNumber number = failingStep.lastNumber();
        assertEquals(1, failingStep.processInstancesSeenBeforeFailure(), "the process had started");
        assertTrue(requests.find(number).isEmpty(), "no request row");
        assertEquals(0, runtime.createProcessInstanceQuery().processInstanceBusinessKey(number.value()).count());
        assertEquals(0, history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(number.value()).count());
    }

    @Test
    void aFailedSubmissionLeavesItsNumberUnusedAndTheNextTakesTheOneAfter() {
        Caller sato = new Caller("sato", Set.of(Role.REQUESTER), "sougou-fukushi");
        failingStep.failNext();
        assertThrows(RuntimeException.class, () -> submission.submit(sato, NewRequest.translation(LanguageTag.of("ja"),
                LanguageTag.of("en"), "失敗する依頼", LocalDate.now().plusDays(30))));
        RequestNumber voided = failingStep.lastNumber();

        RequestNumber given = submission.submit(sato, NewRequest.translation(LanguageTag.of("ja"), LanguageTag.of("en"),
                "成功する依頼", LocalDate.now().plusDays(30))).number();

        assertTrue(requests.find(voided).isEmpty(), "the voided number names no request");
        assertEquals(voided.fiscalYear(), given.fiscalYear());
        assertEquals(sequenceOf(voided) + 1, sequenceOf(given));
        assertEquals(1, runtime.createProcessInstanceQuery().processInstanceBusinessKey(given.value()).count());
    }

    private static long sequenceOf(RequestNumber number) {
        return Long.parseLong(number.value().substring(5));
    }
}
