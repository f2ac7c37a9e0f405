package org.kakehashi.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.kakehashi.review.ReviewerPool;

/** Service task {@value TranslationProcess#CHOOSE_REVIEWERS}: the group the review task is offered to. */
@Named(TranslationProcess.CHOOSE_REVIEWERS)
@Dependent
public class ChooseReviewers implements JavaDelegate {

    @Inject
    ReviewerPool reviewers;

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(TranslationProcess.REVIEWERS, reviewers.groupFor(JobVariables.request(execution),
                JobVariables.target(execution), JobVariables.string(execution, TranslationProcess.REVIEWER_GROUP)));
    }
}
