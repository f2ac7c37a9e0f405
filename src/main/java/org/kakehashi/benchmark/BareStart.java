package org.kakehashi.benchmark;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.RuntimeService;
import org.kakehashi.workflow.RequestFacts;
import org.kakehashi.workflow.RequestFactsLookup;
import org.kakehashi.workflow.TranslationProcess;

import java.util.UUID;

/**
 * The translation process started with nothing but a business key, in a transaction of its own: no request row,
 * no number, no counting, no timeline, no mail. Before its first wait state (the triage task, with its reminder and
 * escalation timers) the process asks of its request only the wanted-by date, which a submission hands over without
 * a read; handed "none" here, this is the engine's share of a submission.
 */
@ApplicationScoped
@Transactional
public class BareStart {

    /** What the process's first steps ask of a request (a due date without a wanted-by date), with no request row. */
    private static final RequestFacts NO_REQUEST = new RequestFacts("TRANSLATION", "ja", 0, null, null, null, 0);

    @Inject
    RuntimeService runtime;
    @Inject
    RequestFactsLookup requests;

    /** @return the business key the process was started with */
    public String start() {
        String businessKey = "bench-" + UUID.randomUUID();
        requests.startingWith(businessKey, NO_REQUEST);
        runtime.startProcessInstanceByKey(TranslationProcess.KEY, businessKey);
        return businessKey;
    }
}
