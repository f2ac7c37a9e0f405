package org.kakehashi.directory;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kakehashi.language.WellFormedLanguageTag;
import org.kakehashi.platform.identity.CallerIdentification;
import org.kakehashi.platform.problem.InputValidation;

import java.time.LocalTime;
import java.util.List;

/**
 * The sister and friendship cities' offices as the administrator sets them up: for administrators only. Their
 * contacts are people of the directory with the partner role and this partner's code.
 */
@Path("admin/partners")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnerAdminResource {

    /** A partner as entered; office hours are in the partner's time zone, both or neither. */
    public record PartnerForm(@NotBlank @Size(max = 64) @Pattern(regexp = Codes.PATTERN) String code,
                              @NotBlank @Size(max = 200) String name,
                              @Pattern(regexp = "[A-Z]{2}") String country,
                              @NotBlank @WellFormedLanguageTag @Size(max = 35) String language,
                              @Size(max = 10)
                              List<@NotBlank @WellFormedLanguageTag @Size(max = 35) String> otherLanguages,
                              @NotBlank @Size(max = 64) String timeZone,
                              LocalTime officeOpens,
                              LocalTime officeCloses) {
    }

    @Inject
    OfficeAdministration administration;
    @Inject
    CallerIdentification identification;
    @Inject
    InputValidation validation;

    @GET
    public List<PartnerView> partners() {
        return administration.partners(identification.caller());
    }

    @POST
    @APIResponse(responseCode = "201", description = "The partner added",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PartnerView.class)))
    public Response add(PartnerForm form) {
        PartnerView added = administration.add(identification.caller(), validation.valid(form));
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    @PUT
    @Path("{code}")
    public PartnerView update(@PathParam("code") String code, PartnerForm form) {
        PartnerForm valid = validation.valid(form);
        if (!valid.code().equals(code)) {
            throw DirectoryProblem.invalid("code", "directory.code-fixed", code);
        }
        return administration.update(identification.caller(), valid);
    }
}
