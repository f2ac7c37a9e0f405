package org.kakehashi.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.kakehashi.request.RequestWork;

/** Service task {@value TranslationProcess#REMIND_PARTNERS}: a partner has not confirmed receipt yet. */
@Named(TranslationProcess.REMIND_PARTNERS)
@Dependent
public class RemindPartners implements JavaDelegate {

    @Inject
    RequestWork work;

    @Override
    public void execute(DelegateExecution execution) {
        work.remindPartners(JobVariables.request(execution), TranslationProcess.SYSTEM_ACTOR);
    }
}
