package org.kakehashi.absence;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kakehashi.platform.identity.CallerIdentification;
import org.kakehashi.platform.problem.InputValidation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The team's absences: listed, recorded and removed by the office for anyone, by every person for themselves. */
@Path("team")
@Produces(MediaType.APPLICATION_JSON)
public class AbsenceResource {

    /**
     * An absence as a person records it: who (the caller when left out), the first and the last day away
     * (yyyy-mm-dd, both included), and a note.
     */
    public record AbsenceForm(String person, String from, String to, String note) {
    }

    @Inject
    Absences absences;
    @Inject
    CallerIdentification identification;
    @Inject
    InputValidation validation;

    /**
     * @param from the first day of interest, today when left out
     * @param to   the last, no end when left out
     */
    @GET
    @Path("absences")
    public List<AbsenceView> absences(@QueryParam("from") String from, @QueryParam("to") String to) {
        return absences.between(identification.caller(), date("from", from), date("to", to)).stream()
                .map(AbsenceView::of).toList();
    }

    @POST
    @Path("absences")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The absence is recorded; the change is audited")
    public Response add(AbsenceForm form) {
        AbsenceForm given = validation.valid(form);
        Absence absence = absences.add(identification.caller(), given.person(), required("from", given.from()),
                required("to", given.to()), given.note());
        return Response.status(Response.Status.CREATED).entity(AbsenceView.of(absence)).build();
    }

    @DELETE
    @Path("absences/{id}")
    @APIResponse(responseCode = "204", description = "The absence is removed; the change is audited")
    public void remove(@PathParam("id") String id) {
        absences.remove(identification.caller(), absenceId(id));
    }

    private static LocalDate required(String field, String text) {
        LocalDate date = date(field, text);
        if (date == null) {
            throw AbsenceProblem.dateMissing(field);
        }
        return date;
    }

    /** The date, or null when the text is blank or left out. */
    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            throw AbsenceProblem.notADate(field, text);
        }
    }

    /** An id that cannot be one is an absence that does not exist. */
    private static UUID absenceId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw AbsenceProblem.notFound(id);
        }
    }
}
