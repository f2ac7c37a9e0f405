package org.kakehashi.benchmark;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.RuntimeService;
import org.kakehashi.workflow.TranslationProcess;

import java.util.UUID;

/**
 * The translation process started with nothing but a business key, in a transaction of its own: no request row,
 * no number, no counting, no timeline, no mail. Nothing before its first wait state (the triage task, with its
 * reminder and escalation timers) reads a variable or a request, so this is the engine's share of a submission.
 */
@ApplicationScoped
@Transactional
public class BareStart {

    @Inject
    RuntimeService runtime;

    /** @return the business key the process was started with */
    public String start() {
        String businessKey = "bench-" + UUID.randomUUID();
        runtime.startProcessInstanceByKey(TranslationProcess.KEY, businessKey);
        return businessKey;
    }
}
