package org.kakehashi.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.kakehashi.request.RequestWork;

/** Service task {@value TranslationProcess#RECORD_ROUTE}: the job's routing decision, kept on the request. */
@Named(TranslationProcess.RECORD_ROUTE)
@Dependent
public class RecordRoute implements JavaDelegate {

    @Inject
    RequestWork work;

    @Override
    public void execute(DelegateExecution execution) {
        work.route(JobVariables.request(execution), JobVariables.target(execution),
                JobVariables.string(execution, TranslationProcess.TRANSLATOR_GROUP),
                JobVariables.string(execution, TranslationProcess.REVIEWER_GROUP));
    }
}
