package org.kakehashi.directory;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.kakehashi.platform.identity.Role;

import java.util.List;

/** Who works here: the pages offer these people to act as, until real login exists. */
@Path("directory")
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    public record PersonView(String username, String displayName, String department, String partner,
                             List<String> roles, List<String> languagePairs) {
    }

    public record DepartmentView(String code, String nameJa, String nameEn, String phone) {
    }

    public record PartnerView(String code, String name, String language, String timeZone) {
    }

    @Inject
    Directory directory;

    @GET
    @Path("people")
    public List<PersonView> people() {
        return directory.people().stream()
                .map(p -> new PersonView(p.username(), p.displayName(), p.department(), p.partner(),
                        p.roles().stream().map(Role::groupName).sorted().toList(),
                        p.languagePairs().stream().map(Object::toString).sorted().toList()))
                .toList();
    }

    @GET
    @Path("departments")
    public List<DepartmentView> departments() {
        return directory.departments().stream()
                .map(d -> new DepartmentView(d.code(), d.nameJa(), d.nameEn(), d.phone()))
                .toList();
    }

    @GET
    @Path("partners")
    public List<PartnerView> partners() {
        return directory.partners().stream()
                .map(p -> new PartnerView(p.code(), p.name(), p.language().value(), p.timeZone().getId()))
                .toList();
    }
}
