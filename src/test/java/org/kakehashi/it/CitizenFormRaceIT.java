package org.kakehashi.it;

import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kakehashi.citizen.CitizenSubmission;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.platform.problem.DomainProblem;
import org.kakehashi.request.NewRequest;
import org.kakehashi.request.RequestType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One citizen form sent by ten clients at the same moment, in the server (the public form's rate limit would
 * answer most of them over HTTP from one address): one request is made, and every other sender is told the form
 * was already sent, never an error of the database's unique index.
 */
@ExtendWith(ArquillianExtension.class)
class CitizenFormRaceIT {

    private static final int SENDERS = 10;

    @Inject
    CitizenSubmission citizens;

    @Test
    void theSameFormSentByTenClientsAtOnceMakesOneRequestAndTellsTheOthersItWasSent() throws Exception {
        String token = citizens.formToken();
        Thread.sleep(3_200); // a person takes longer than the form's minimum to fill it in
        NewRequest form = new NewRequest(RequestType.TRANSLATION, null, null, LanguageTag.of("ja"),
                List.of(LanguageTag.of("en")), Map.of(), "国民健康保険の加入手続きについて", LocalDate.now().plusDays(30),
                null, Set.of(), null);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < SENDERS; i++) {
            answers.add(senders.submit((Callable<String>) () -> {
                start.await();
                try {
                    return citizens.submit("Maria Santos", "maria@example.org", LanguageTag.of("en"), token, null, form).request()
                            .number().value();
                } catch (DomainProblem refused) {
                    return refused.messageKey();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> answer : answers) {
            outcomes.add(answer.get());
        }
        senders.shutdown();

        assertEquals(1, outcomes.stream().filter(outcome -> outcome.matches("\\d{4}-\\d{5}")).count(), outcomes::toString);
        assertEquals(SENDERS - 1, outcomes.stream().filter("citizen.form-token-used"::equals).count(),
                outcomes::toString);
    }
}
