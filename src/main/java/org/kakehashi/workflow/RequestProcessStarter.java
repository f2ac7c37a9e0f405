package org.kakehashi.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.kakehashi.request.RequestSubmitted;
import org.kakehashi.request.RequestType;

import java.util.Objects;

/**
 * Starts the process of each submitted request, inside the submitting transaction: the interpretation process,
 * or the translation process with the routing decision's inputs as variables.
 */
@ApplicationScoped
public class RequestProcessStarter {

    @Inject
    RuntimeService runtime;

    void onSubmitted(@Observes RequestSubmitted submitted) {
        if (submitted.type() == RequestType.INTERPRETATION) {
            runtime.startProcessInstanceByKey(InterpretationProcess.KEY, submitted.number().value());
            return;
        }
        runtime.startProcessInstanceByKey(TranslationProcess.KEY, submitted.number().value(), Variables.createVariables()
                .putValue(TranslationProcess.REQUEST_TYPE, submitted.type().name())
                .putValue(TranslationProcess.SOURCE_LANGUAGE, submitted.sourceLanguage().value())
                .putValue(TranslationProcess.CHARACTERS, submitted.characters())
                .putValue(TranslationProcess.PURPOSE, submitted.purpose() == null ? null : submitted.purpose().name())
                .putValue(TranslationProcess.TOPIC, submitted.topic() == null ? null : submitted.topic().name())
                .putValue(TranslationProcess.WANTED_BY, Objects.toString(submitted.wantedBy(), null))
                .putValue(TranslationProcess.PARTNER_COUNT, submitted.partners()));
    }
}
