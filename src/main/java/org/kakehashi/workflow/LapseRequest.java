package org.kakehashi.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestWork;

/**
 * Service tasks {@value TranslationProcess#LAPSE_REQUEST} and {@value InterpretationProcess#LAPSE_REQUEST}:
 * no answer came in time. The bean is named after the translation process's task; both processes call it by that name.
 */
@Named(TranslationProcess.LAPSE_REQUEST)
@Dependent
public class LapseRequest implements JavaDelegate {

    @Inject
    RequestWork work;

    @Override
    public void execute(DelegateExecution execution) {
        work.lapse(RequestNumber.parse(execution.getProcessBusinessKey()), TranslationProcess.SYSTEM_ACTOR);
    }
}
