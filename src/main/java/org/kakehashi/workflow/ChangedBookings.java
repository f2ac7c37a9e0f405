package org.kakehashi.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.kakehashi.request.BookingChanged;
import org.kakehashi.request.RequestWork;

import java.util.Date;

/**
 * A booked interpretation changed, in the change's transaction: the process's timers move with the event (the
 * interpreter's reminder, the event's end), and the interpreter who writes the report is the one booked now.
 */
@ApplicationScoped
public class ChangedBookings {

    @Inject
    RuntimeService runtime;
    @Inject
    ManagementService management;
    @Inject
    InterpretationTimes times;
    @Inject
    RequestWork work;

    void onChange(@Observes BookingChanged changed) {
        String number = changed.number().value();
        ProcessInstance process = runtime.createProcessInstanceQuery()
                .processDefinitionKey(InterpretationProcess.KEY)
                .processInstanceBusinessKey(number)
                .singleResult();
        if (process == null) {
            return;
        }
        runtime.setVariable(process.getId(), InterpretationProcess.INTERPRETER,
                work.get(changed.number()).interpreter());
        move(process, InterpretationProcess.EVENT_REMINDER_DUE, times.reminderAt(number));
        move(process, InterpretationProcess.EVENT_OVER, times.endAt(number));
    }

    private void move(ProcessInstance process, String timer, Date due) {
        management.createJobQuery().processInstanceId(process.getId()).activityId(timer).timers().list()
                .forEach(job -> management.setJobDuedate(job.getId(), due));
    }
}
