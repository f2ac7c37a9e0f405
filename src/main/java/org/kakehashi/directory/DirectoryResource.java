package org.kakehashi.directory;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.CallerIdentification;
import org.kakehashi.platform.identity.Role;

import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who works here. City staff see the whole directory; a sister city's contact or an external linguist or reviewer,
 * who work with the office from outside, see themselves and the office's coordinators, whom they deal with, and
 * not the city's staff list.
 */
@Path("directory")
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    public record PersonView(String username, String displayName, String department, String partner,
                             List<String> roles, List<String> languagePairs) {
    }

    public record PartnerSummary(String code, String name, String country, String language, String timeZone,
                                 LocalTime officeOpens, LocalTime officeCloses) {
    }

    /** The roles of the city's own staff. */
    private static final Set<Role> STAFF = EnumSet.of(Role.REQUESTER, Role.COORDINATOR, Role.REVIEWER,
            Role.OFFICE_MANAGER, Role.ADMIN);

    @Inject
    Directory directory;
    @Inject
    CallerIdentification identification;

    @GET
    @Path("people")
    public List<PersonView> people() {
        Caller caller = identification.caller();
        boolean staff = STAFF.stream().anyMatch(caller::has);
        return directory.people().stream()
                .filter(p -> staff || p.username().equals(caller.username()) || p.roles().contains(Role.COORDINATOR))
                .map(p -> new PersonView(p.username(), p.displayName(), p.department(), p.partner(),
                        p.roles().stream().map(Role::groupName).sorted().toList(),
                        p.languagePairs().stream().map(Object::toString).sorted().toList()))
                .toList();
    }

    @GET
    @Path("departments")
    public List<DepartmentView> departments() {
        return directory.departments().stream()
                .map(DepartmentView::of)
                .toList();
    }

    @GET
    @Path("partners")
    public List<PartnerSummary> partners() {
        return directory.partners().stream()
                .map(p -> new PartnerSummary(p.code(), p.name(), p.country().orElse(null), p.language().value(),
                        p.timeZone().getId(), p.officeHours().map(OfficeHours::opens).orElse(null),
                        p.officeHours().map(OfficeHours::closes).orElse(null)))
                .toList();
    }
}
