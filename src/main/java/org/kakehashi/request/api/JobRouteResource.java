package org.kakehashi.request.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.CallerIdentification;
import org.kakehashi.platform.problem.InputValidation;
import org.kakehashi.request.JobTarget;
import org.kakehashi.request.Request;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestProblem;
import org.kakehashi.request.RequestWork;

/** The coordinator overrides the routing table for one job, with a reason kept on the timeline. */
@Path("requests/{number}/jobs/{target}/route")
public class JobRouteResource {

    @Inject
    RequestWork work;
    @Inject
    CallerIdentification identification;
    @Inject
    InputValidation validation;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "204", description = "The job and its open translation task go to the groups given")
    @APIResponse(responseCode = "400", description = "A group that does not translate or review, or no reason")
    @APIResponse(responseCode = "403", description = "Only the office routes jobs")
    @APIResponse(responseCode = "404", description = "No such request, or none the caller may see")
    @APIResponse(responseCode = "409", description = "The job's translation was already handed in")
    public void override(@PathParam("number") String number, @PathParam("target") String target, RouteForm form) {
        Caller caller = identification.caller();
        Request request = work.view(RequestNumber.named(number), caller);
        if (!caller.isOffice()) {
            throw RequestProblem.officeOnly();
        }
        RouteForm valid = validation.valid(form);
        work.overrideRoute(request.number(), JobTarget.named(target), caller.username(), valid.translatorGroup().strip(),
                valid.reviewerGroup().strip(), valid.reason());
    }
}
