package org.kakehashi.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.kakehashi.request.RequestWork;

/** Service task {@value InterpretationProcess#REMIND_INTERPRETER}: the event is near. */
@Named(InterpretationProcess.REMIND_INTERPRETER)
@Dependent
public class RemindInterpreter implements JavaDelegate {

    @Inject
    RequestWork work;

    @Override
    public void execute(DelegateExecution execution) {
        work.remindInterpreter(JobVariables.request(execution), TranslationProcess.SYSTEM_ACTOR);
    }
}
