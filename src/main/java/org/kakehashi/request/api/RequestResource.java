package org.kakehashi.request.api;

import java.util.Locale;
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

import java.util.List;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import org.kakehashi.directory.Directory;
import org.kakehashi.directory.Person;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.CallerIdentification;
import org.kakehashi.platform.identity.Role;
import org.kakehashi.platform.problem.InputValidation;
import org.kakehashi.platform.problem.Messages;
import org.kakehashi.interpreting.BookingCalendarFile;
import org.kakehashi.request.IllegalTransitionException;
import org.kakehashi.request.RejectionReasons;
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
    @Inject
    RejectionReasons rejectionReasons;
    @Inject
    Directory directory;
    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(SubmitRequestForm form, @Context UriInfo uri) {
        Request request = submission.submit(identification.caller(), validation.valid(form).toNewRequest());
        return Response.created(uri.getAbsolutePathBuilder().path(request.number().value()).build())
                .entity(RequestView.of(request, messages()))
                .build();
    }

    @GET
    @Path("{number}")
    public RequestView get(@PathParam("number") String number) {
        identification.caller();
        return RequestView.of(work.get(parse(number)), messages());
    }

    /** The requester answers the coordinator's question; triage resumes. */
    @POST
    @Path("{number}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    public RequestView answer(@PathParam("number") String number, RequesterReply reply) {
        RequestNumber parsed = parse(number);
        work.answer(parsed, identification.caller().username(), validation.valid(reply).text());
        return RequestView.of(work.get(parsed), messages());
    }

    /** The requester withdraws the request, with an optional reason; possible until delivery. */
    @POST
    @Path("{number}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public RequestView cancel(@PathParam("number") String number, RequesterReply reply) {
        RequestNumber parsed = parse(number);
        work.cancel(parsed, identification.caller().username(), validation.valid(reply).text());
        return RequestView.of(work.get(parsed), messages());
    }

    public record ReasonView(String code, String text) {
    }

    /** The reasons a coordinator can give for turning a request down, in the caller's language. */
    @GET
    @Path("rejection-reasons")
    public List<ReasonView> rejectionReasons() {
        Messages messages = messages();
        return rejectionReasons.codes().stream()
                .map(code -> new ReasonView(code, messages.format("rejection." + code)))
                .toList();
    }

    /** A partner's contact confirms their organisation received the delivery. */
    @POST
    @Path("{number}/receipt")
    public RequestView confirmReceipt(@PathParam("number") String number) {
        RequestNumber parsed = parse(number);
        Caller caller = identification.caller();
        String partner = caller.has(Role.PARTNER)
                ? directory.person(caller.username()).map(Person::partner).orElse(null)
                : null;
        work.confirmReceipt(parsed, partner, caller.username());
        return RequestView.of(work.get(parsed), messages());
    }

    /** A booked interpretation as an iCalendar file for the coordinator's and the requester's calendars. */
    @GET
    @Path("{number}/booking.ics")
    @Produces("text/calendar")
    public Response booking(@PathParam("number") String number) {
        identification.caller();
        Request request = work.get(parse(number));
        if (request.event() == null || request.interpreter() == null) {
            throw new IllegalTransitionException(request.number(), request.status(), "booking.ics");
        }
        Messages messages = messages();
        String pair = request.sourceLanguage().value() + " → " + request.jobs().get(0).targetLanguage().value();
        String ics = BookingCalendarFile.of(request.number().value() + "@kakehashi", request.event(),
                messages.format("interpretation.ics.summary", pair, request.number().value()),
                messages.format("interpretation.ics.description", request.interpreter(),
                        request.event().mode().name().toLowerCase(Locale.ROOT),
                        request.event().audience() == null ? "—" : request.event().audience()),
                request.submittedAt());
        return Response.ok(ics)
                .type("text/calendar; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"interpretation-" + request.number().value()
                        + ".ics\"")
                .build();
    }

    private Messages messages() {
        return Messages.forPreferences(headers.getAcceptableLanguages());
    }

    private static RequestNumber parse(String number) {
        if (!RequestNumber.isValid(number)) {
            throw new RequestNotFoundException(number);
        }
        return RequestNumber.parse(number);
    }
}
