package org.kakehashi.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.camunda.bpm.engine.RuntimeService;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestRepository;
import org.kakehashi.request.RequestSubmitted;

/**
 * A step of submission that fails for texts carrying {@link #FAIL_MARKER}, after the request was stored and its
 * process started (it observes last). Deployed by the rollback test only.
 */
@ApplicationScoped
public class FailingSubmissionStep {

    static final String FAIL_MARKER = "[fail-on-submit]";

    @Inject
    RuntimeService runtime;
    @Inject
    RequestRepository requests;

    private RequestNumber lastNumber;
    private long processInstancesSeenBeforeFailure;

    void onSubmitted(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) RequestSubmitted submitted) {
        lastNumber = submitted.number();
        String text = requests.find(submitted.number()).orElseThrow().brief().text();
        if (text.startsWith(FAIL_MARKER)) {
            processInstancesSeenBeforeFailure = runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(submitted.number().value()).count();
            throw new IllegalStateException("failing on purpose");
        }
    }

    RequestNumber lastNumber() {
        return lastNumber;
    }

    long processInstancesSeenBeforeFailure() {
        return processInstancesSeenBeforeFailure;
    }
}
