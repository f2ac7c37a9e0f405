package org.kakehashi.interpreting;

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
import org.kakehashi.request.BookingChange;
import org.kakehashi.request.Request;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestWork;

import java.time.ZoneId;

/** The coordinator changes a booked interpretation: another interpreter, time or place. */
@Path("requests/{number}/booking")
public class BookingResource {

    @Inject
    RequestWork work;
    @Inject
    CallerIdentification identification;
    @Inject
    InputValidation validation;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "204", description = "Changed; the interpreters and the requester get the update")
    public void change(@PathParam("number") String number, BookingForm form) {
        Caller caller = identification.caller();
        Request request = work.view(RequestNumber.named(number), caller);
        if (!caller.isOffice()) {
            throw InterpretingProblem.officeOnly();
        }
        BookingForm valid = validation.valid(form);
        if (request.event() == null) {
            throw InterpretingProblem.notAnInterpretation(request.number());
        }
        ZoneId zone = request.event().zone();
        work.changeBooking(request.number(), caller.username(), new BookingChange(valid.interpreter().strip(),
                valid.start().atZone(zone), valid.end().atZone(zone), valid.place()));
    }
}
