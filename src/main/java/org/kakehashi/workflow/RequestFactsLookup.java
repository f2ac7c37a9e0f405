package org.kakehashi.workflow;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestSubmitted;
import org.kakehashi.request.RequestWork;

/**
 * The bean behind {@code ${requestFacts.of(execution)}}: the facts of the process's request, read once per
 * transaction however many expressions ask — the due date and both timers of a task, every input of the routing
 * decision. The submitting transaction hands over what it just stored, so starting a process reads nothing.
 */
@Named("requestFacts")
@ApplicationScoped
public class RequestFactsLookup {

    private static final String KEY_PREFIX = RequestFactsLookup.class.getName() + ":";

    @Inject
    RequestWork work;
    @Resource
    TransactionSynchronizationRegistry transaction;

    public RequestFacts of(VariableScope scope) {
        String number = requestNumberOf(scope);
        if (transaction == null || transaction.getTransactionKey() == null) {
            return read(number);
        }
        RequestFacts facts = (RequestFacts) transaction.getResource(KEY_PREFIX + number);
        if (facts == null) {
            facts = read(number);
            transaction.putResource(KEY_PREFIX + number, facts);
        }
        return facts;
    }

    /** What the submitting transaction stored, for the process it starts. */
    void submitted(RequestSubmitted submitted) {
        startingWith(submitted.number().value(), RequestFacts.of(submitted));
    }

    /** The facts of a process about to start in this transaction under the business key. */
    public void startingWith(String businessKey, RequestFacts facts) {
        if (transaction != null && transaction.getTransactionKey() != null) {
            transaction.putResource(KEY_PREFIX + businessKey, facts);
        }
    }

    private RequestFacts read(String number) {
        return RequestFacts.of(work.get(RequestNumber.parse(number)));
    }

    static String requestNumberOf(VariableScope scope) {
        if (scope instanceof DelegateTask task) {
            return task.getExecution().getProcessBusinessKey();
        }
        return ((DelegateExecution) scope).getProcessBusinessKey();
    }
}
