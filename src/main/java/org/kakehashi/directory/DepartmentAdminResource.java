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

import java.util.List;
import java.util.Map;

/** The city's departments as the administrator sets them up: for administrators only. */
@Path("admin/departments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DepartmentAdminResource {

    /** A department as entered; {@code otherNames} maps a BCP 47 tag to the name in that language. */
    public record DepartmentForm(@NotBlank @Size(max = 64) @Pattern(regexp = Codes.PATTERN) String code,
                                 @NotBlank @Size(max = 200) String nameJa,
                                 @NotBlank @Size(max = 200) String nameEn,
                                 @Size(max = 32) @Pattern(regexp = "[0-9()+ -]*") String phone,
                                 @Size(max = 20) Map<@WellFormedLanguageTag String,
                                         @NotBlank @Size(max = 200) String> otherNames) {
    }

    @Inject
    OfficeAdministration administration;
    @Inject
    CallerIdentification identification;
    @Inject
    InputValidation validation;

    @GET
    public List<DepartmentView> departments() {
        return administration.departments(identification.caller());
    }

    @POST
    @APIResponse(responseCode = "201", description = "The department added",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DepartmentView.class)))
    public Response add(DepartmentForm form) {
        DepartmentView added = administration.add(identification.caller(), validation.valid(form));
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    @PUT
    @Path("{code}")
    public DepartmentView update(@PathParam("code") String code, DepartmentForm form) {
        DepartmentForm valid = validation.valid(form);
        if (!valid.code().equals(code)) {
            throw DirectoryProblem.invalid("code", "directory.code-fixed", code);
        }
        return administration.update(identification.caller(), valid);
    }
}
