package org.kakehashi.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.kakehashi.request.RequestWork;

/** Service task {@value InterpretationProcess#MARK_HELD}: the event is over; its report is now due. */
@Named(InterpretationProcess.MARK_HELD)
@Dependent
public class MarkHeld implements JavaDelegate {

    @Inject
    RequestWork work;

    @Override
    public void execute(DelegateExecution execution) {
        work.recordHeld(JobVariables.request(execution), TranslationProcess.SYSTEM_ACTOR);
    }
}
