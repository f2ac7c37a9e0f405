package org.kakehashi.interpreting;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.CallerIdentification;
import org.kakehashi.platform.problem.InputValidation;
import org.kakehashi.platform.problem.Messages;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestWork;
import org.kakehashi.request.api.RequesterReply;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A repeating meeting's series of interpretation requests: made at once, booked, changed or cancelled all together
 * (each meeting's outcome told), or one meeting at a time as any request.
 */
@Path("interpreting/series")
@Produces(MediaType.APPLICATION_JSON)
public class SeriesResource {

    @Inject
    BookingSeriesWork series;
    @Inject
    RequestWork work;
    @Inject
    CallerIdentification identification;
    @Inject
    InputValidation validation;
    @Inject
    Clock clock;
    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The series and its requests, one per meeting")
    public Response submit(SeriesForms.NewSeries form, @Context UriInfo uri) {
        SeriesForms.NewSeries valid = validation.valid(form);
        validation.valid(valid.request());
        BookingSeries made = series.submit(identification.caller(), valid.request(), recurrence(valid));
        return Response.created(uri.getAbsolutePathBuilder().path(made.id().toString()).build())
                .entity(view(made)).build();
    }

    /** The series a request is a meeting of: none or one. */
    @GET
    public List<SeriesView> ofRequest(@QueryParam("request") String number) {
        if (number == null || number.isBlank()) {
            throw InterpretingProblem.numberMissing();
        }
        return series.of(RequestNumber.named(number), identification.caller()).map(this::view).stream().toList();
    }

    @GET
    @Path("{id}")
    public SeriesView series(@PathParam("id") String id) {
        return view(series.view(id(id), identification.caller()));
    }

    @POST
    @Path("{id}/booking")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "Each meeting waiting for its interpreter: booked, or why not")
    public List<SeriesView.Outcome> book(@PathParam("id") String id, SeriesForms.Booking form) {
        SeriesForms.Booking valid = validation.valid(form);
        return told(series.book(id(id), identification.caller(), valid.interpreter().strip()));
    }

    @PUT
    @Path("{id}/booking")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "Each booked meeting still to come: changed, or why not")
    public List<SeriesView.Outcome> change(@PathParam("id") String id, SeriesForms.Change form) {
        SeriesForms.Change valid = validation.valid(form);
        return told(series.change(id(id), identification.caller(), new BookingSeriesWork.SeriesChange(
                valid.interpreter().strip(), valid.start(), valid.end(), valid.place())));
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "Each meeting not yet held: withdrawn, or why not")
    public List<SeriesView.Outcome> cancel(@PathParam("id") String id, RequesterReply reply) {
        RequesterReply valid = validation.valid(reply == null ? new RequesterReply(null) : reply);
        return told(series.cancel(id(id), identification.caller(), valid.text()));
    }

    private Recurrence recurrence(SeriesForms.NewSeries form) {
        Recurrence.Frequency frequency;
        try {
            frequency = Recurrence.Frequency.valueOf(form.frequency().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InterpretingProblem.unknownFrequency(form.frequency());
        }
        if (form.count() < 2 || form.count() > Recurrence.MOST) {
            throw InterpretingProblem.seriesCount();
        }
        return new Recurrence(frequency, form.count());
    }

    private SeriesView view(BookingSeries made) {
        return SeriesView.of(made, made.requests().stream().map(work::get).toList());
    }

    private List<SeriesView.Outcome> told(List<BookingSeriesWork.MeetingOutcome> outcomes) {
        Messages messages = Messages.forPreferences(headers.getAcceptableLanguages());
        return outcomes.stream().map(outcome -> SeriesView.Outcome.of(outcome, messages, clock.getZone())).toList();
    }

    private static UUID id(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw InterpretingProblem.noSuchSeries(text);
        }
    }
}
