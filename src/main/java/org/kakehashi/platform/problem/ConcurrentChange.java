package org.kakehashi.platform.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.camunda.bpm.engine.OptimisticLockingException;

import java.util.List;

/**
 * Someone or something changed the same record at the same moment — another person, or the process engine's
 * timer on any node (a reminder falling due as the coordinator completes the task). The whole step was rolled back,
 * so the answer is 409 and the same step can be taken again on what is there now. Where the step is the person's
 * own work on a task, {@link org.kakehashi.task.TaskSteps} takes it again itself first.
 */
public final class ConcurrentChange {

    private ConcurrentChange() {
    }

    public static boolean causedBy(Throwable exception) {
        return Causes.include(exception,
                failure -> failure instanceof OptimisticLockingException || failure instanceof OptimisticLockException);
    }

    /** The same refusal as a domain problem, for an answer that tells several steps' outcomes side by side. */
    public static DomainProblem asProblem() {
        return new Refused();
    }

    static Response answer(HttpHeaders headers, UriInfo uri) {
        Messages messages = ProblemResponses.messagesFor(headers);
        return ProblemResponses.build(409, ProblemResponses.type("concurrent-change"),
                messages.format("problem.http.409"), messages.format("problem.concurrent-change"), uri, List.of());
    }

    private static final class Refused extends DomainProblem {
        Refused() {
            super(Kind.CONFLICT, "problem.concurrent-change", null);
        }
    }
}
