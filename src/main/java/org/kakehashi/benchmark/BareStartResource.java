package org.kakehashi.benchmark;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.Map;

/**
 * {@code POST /api/benchmark/bare-start}: the bare engine start, for a logged-in caller, behind the same filters
 * (session, anti-forgery token) as {@code POST /api/requests}, so that the two differ only in the domain's work.
 */
@Path(BareStartResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
public class BareStartResource {

    static final String PATH = "benchmark/bare-start";

    @Inject
    BareStart bareStart;

    @POST
    @APIResponse(responseCode = "201", description = "A bare process started, its business key in the body (only "
            + "while kakehashi.benchmark is set)")
    public Response start() {
        return Response.status(Response.Status.CREATED).entity(Map.of("businessKey", bareStart.start())).build();
    }
}
