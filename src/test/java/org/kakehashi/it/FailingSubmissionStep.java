package org.kakehashi.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.camunda.bpm.engine.RuntimeService;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestSubmitted;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A step of submission that fails, once it is armed, after the request was stored and its process started (it
 * observes last). Unarmed it does nothing, for every other test shares the deployment.
 */
@ApplicationScoped
public class FailingSubmissionStep {

    @Inject
    RuntimeService runtime;

    private final AtomicBoolean armed = new AtomicBoolean();
    private volatile RequestNumber lastNumber;
    private volatile long processInstancesSeenBeforeFailure;

    /** The next submission fails. */
    void failNext() {
        armed.set(true);
    }

    void onSubmitted(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) RequestSubmitted submitted) {
        if (armed.compareAndSet(true, false)) {
            lastNumber = submitted.number();
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
