package org.kakehashi.it;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.kakehashi.platform.identity.Public;

import java.util.Map;

/**
 * A process whose one step fails until it is told to work: its job fails every retry and becomes an incident
 * for the administrator. Deployed by the failed work test only.
 */
@Path("test/failing-work")
@Produces(MediaType.APPLICATION_JSON)
public class FailingWork {

    static final String KEY = "failingWork";

    @Inject
    RepositoryService repository;
    @Inject
    RuntimeService runtime;

    /** Starts the process for the request number; answers the process instance's id. */
    @POST
    @Public
    @Path("{number}")
    public Map<String, String> start(@PathParam("number") String number) {
        repository.createDeployment().name(KEY).enableDuplicateFiltering(true)
                .addModelInstance(KEY + ".bpmn", Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1)
                        .startEvent()
                        .serviceTask("sendNotice").name("Send the notice").camundaAsyncBefore()
                        .camundaExpression("${working ? 'sent' : execution.noSuchMethod()}")
                        .endEvent()
                        .done())
                .deploy();
        return Map.of("id", runtime.startProcessInstanceByKey(KEY, number, Map.of("working", false)).getId());
    }

    /** The cause is fixed: the step works from now on. */
    @POST
    @Public
    @Path("{id}/fixed")
    public void fix(@PathParam("id") String processInstanceId) {
        runtime.setVariable(processInstanceId, "working", true);
    }
}
