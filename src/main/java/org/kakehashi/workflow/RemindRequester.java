package org.kakehashi.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestWork;

/** Service task {@value TranslationProcess#REMIND_REQUESTER}: the requester has not answered yet. */
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
