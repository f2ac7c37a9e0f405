package org.kakehashi.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;
import org.kakehashi.request.RequestSubmitted;
import org.kakehashi.request.RequestType;

/**
 * Starts the process of each submitted request, inside the submitting transaction: the interpretation process or
 * the translation process, with the request number as business key and no variables — the translation process reads
 * what it needs of the request through {@link RequestFactsLookup}, handed what was just stored.
 */
@ApplicationScoped
public class RequestProcessStarter {

    @Inject
    RuntimeService runtime;
    @Inject
    RequestFactsLookup facts;

    void onSubmitted(@Observes RequestSubmitted submitted) {
        if (submitted.type() == RequestType.INTERPRETATION) {
            runtime.startProcessInstanceByKey(InterpretationProcess.KEY, submitted.number().value());
            return;
        }
        facts.submitted(submitted);
        runtime.startProcessInstanceByKey(TranslationProcess.KEY, submitted.number().value());
    }
}
