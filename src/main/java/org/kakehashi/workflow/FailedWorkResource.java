package org.kakehashi.workflow;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.kakehashi.platform.identity.CallerIdentification;
import org.kakehashi.platform.identity.Role;
import org.kakehashi.platform.problem.DomainProblem;
import org.kakehashi.platform.problem.RoleRequired;

import java.util.List;

/** The administrator's view of failed background work, and its retry. */
@Path("admin/incidents")
@Produces(MediaType.APPLICATION_JSON)
public class FailedWorkResource {

    @Inject
    FailedWork failedWork;
    @Inject
    CallerIdentification identification;

    @GET
    public List<FailedWork.Failure> open() {
        requireAdmin();
        return failedWork.open();
    }

    @POST
    @Path("{id}/retry")
    public FailedWork.Failure retry(@PathParam("id") String id) {
        requireAdmin();
        return failedWork.retry(id).orElseThrow(() -> new WorkflowProblem(DomainProblem.Kind.NOT_FOUND,
                "workflow.unknown-incident", id));
    }

    private void requireAdmin() {
        RoleRequired.require(identification.caller(), Role.ADMIN, "workflow.admin-only");
    }

    /** A refusal about the engine's failed work. */
    static class WorkflowProblem extends DomainProblem {
        WorkflowProblem(Kind kind, String key, Object... arguments) {
            super(kind, key, null, arguments);
        }
    }
}
