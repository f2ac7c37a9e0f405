package org.kakehashi.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestWork;

/**
 * Service tasks {@value TranslationProcess#REMIND_REQUESTER} and {@value InterpretationProcess#REMIND_REQUESTER}:
 * the requester has not answered yet. The bean is named after the translation process's task; both processes
 * call it by that name.
 */
@Named(TranslationProcess.REMIND_REQUESTER)
@Dependent
public class RemindRequester implements JavaDelegate {

    @Inject
    RequestWork work;

    @Override
    public void execute(DelegateExecution execution) {
        work.remindRequester(RequestNumber.parse(execution.getProcessBusinessKey()), TranslationProcess.SYSTEM_ACTOR);
    }
}
