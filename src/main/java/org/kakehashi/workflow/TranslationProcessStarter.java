package org.kakehashi.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;
import org.kakehashi.request.RequestSubmitted;

/** Starts the translation process for each submitted request, inside the submitting transaction. */
@ApplicationScoped
public class TranslationProcessStarter {

    @Inject
    RuntimeService runtime;

    void onSubmitted(@Observes RequestSubmitted submitted) {
        runtime.startProcessInstanceByKey(TranslationProcess.KEY, submitted.number().value());
    }
}
