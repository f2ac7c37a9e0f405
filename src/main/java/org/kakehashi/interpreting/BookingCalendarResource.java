package org.kakehashi.interpreting;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.kakehashi.platform.identity.CallerIdentification;
import org.kakehashi.platform.problem.Messages;
import org.kakehashi.request.RequestProblem;
import org.kakehashi.request.Request;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestWork;

/** A booked interpretation as an iCalendar file for the coordinator's and the requester's calendars. */
@Path("requests/{number}/booking.ics")
public class BookingCalendarResource {

    @Inject
    RequestWork work;
    @Inject
    CallerIdentification identification;
    @Context
    HttpHeaders headers;

    @GET
    @Produces("text/calendar")
    public Response booking(@PathParam("number") String number) {
        Request request = work.view(RequestNumber.named(number), identification.caller());
        if (request.event() == null || request.interpreter() == null) {
            throw RequestProblem.illegalTransition(request.number(), request.status(), "booking.ics");
        }
        Messages messages = Messages.forPreferences(headers.getAcceptableLanguages());
        String ics = BookingCalendarFile.publish(BookingCalendarFile.Booking.of(request),
                BookingCalendarFile.Wording.of(request, messages), request.turnaround().submittedAt());
        return Response.ok(ics)
                .type("text/calendar; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\""
                        + BookingCalendarFile.fileName(request.number()) + "\"")
                .build();
    }
}
