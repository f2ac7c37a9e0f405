package org.kakehashi.request.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.kakehashi.platform.identity.CallerIdentification;
import org.kakehashi.platform.problem.InputValidation;
import org.kakehashi.request.Request;
import org.kakehashi.request.RequestNotFoundException;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestSubmission;
import org.kakehashi.request.RequestWork;

/** Submitting requests and following them. */
@Path("requests")
@Produces(MediaType.APPLICATION_JSON)
public class RequestResource {

    @Inject
    RequestSubmission submission;
    @Inject
    RequestWork work;
    @Inject
    CallerIdentification identification;
    @Inject
    InputValidation validation;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(SubmitRequestForm form, @Context UriInfo uri) {
        Request request = submission.submit(identification.caller(), validation.valid(form).toNewRequest());
        return Response.created(uri.getAbsolutePathBuilder().path(request.number().value()).build())
                .entity(RequestView.of(request))
                .build();
    }

    @GET
    @Path("{number}")
    public RequestView get(@PathParam("number") String number) {
        identification.caller();
        if (!RequestNumber.isValid(number)) {
            throw new RequestNotFoundException(number);
        }
        return RequestView.of(work.get(RequestNumber.parse(number)));
    }
}
