package org.kakehashi.interpreting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.request.BookingChange;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestWork;
import org.kakehashi.task.Worklist;
import org.kakehashi.workflow.InterpretationProcess;

/**
 * One meeting of a series booked, changed or cancelled in a transaction of its own, so that a meeting refused (its
 * interpreter busy that day) leaves the others done.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SeriesMeetings {

    @Inject
    TaskService tasks;
    @Inject
    Worklist worklist;
    @Inject
    RequestWork work;

    /** Takes the meeting's booking step, as the coordinator does on its task. */
    public void book(RequestNumber meeting, Caller coordinator, String interpreter) {
        Task booking = tasks.createTaskQuery().processInstanceBusinessKey(meeting.value())
                .taskDefinitionKey(InterpretationProcess.SCHEDULE_INTERPRETATION).singleResult();
        if (booking == null) {
            throw InterpretingProblem.notAwaitingBooking(meeting);
        }
        worklist.bookInterpreter(booking.getId(), coordinator, interpreter);
    }

    public void change(RequestNumber meeting, Caller coordinator, BookingChange change) {
        work.changeBooking(meeting, coordinator.username(), change);
    }

    public void cancel(RequestNumber meeting, Caller requester, String reason) {
        work.view(meeting, requester);
        work.cancel(meeting, requester.username(), reason);
    }
}
