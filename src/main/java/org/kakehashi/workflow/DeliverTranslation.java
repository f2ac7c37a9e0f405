package org.kakehashi.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestWork;

/** Service task {@value TranslationProcess#DELIVER_TRANSLATION}: marks the approved translation delivered. */
@Named(TranslationProcess.DELIVER_TRANSLATION)
@Dependent
public class DeliverTranslation implements JavaDelegate {

    @Inject
    RequestWork work;

    @Override
    public void execute(DelegateExecution execution) {
        work.deliver(RequestNumber.parse(execution.getProcessBusinessKey()), TranslationProcess.SYSTEM_ACTOR);
    }
}
