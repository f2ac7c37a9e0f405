package org.kakehashi.account;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kakehashi.directory.Directory;
import org.kakehashi.directory.Person;
import org.kakehashi.platform.problem.RoleRequired;
import org.kakehashi.request.InterpretingMode;
import org.kakehashi.interpreting.Interpreters;
import org.kakehashi.language.LanguagePair;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.language.WellFormedLanguageTag;
import org.kakehashi.platform.audit.ChangeLog;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.CallerIdentification;
import org.kakehashi.platform.identity.Role;
import org.kakehashi.platform.problem.InputValidation;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The administration of people and passwords, and the audit log: for administrators only. */
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    /** A person as the administrator sees and edits them; {@code password} only when setting one. */
    public record PersonForm(@NotBlank @Size(max = 64) @Pattern(regexp = "[\\p{L}\\p{N}._@-]+") String username,
                             @NotBlank @Size(max = 200) String displayName,
                             @Size(max = 64) String department,
                             @Size(max = 64) String partner,
                             @Size(max = 8) List<@NotBlank @Size(max = 32) String> roles,
                             @Size(max = 20) List<@NotBlank @Size(max = 80) String> languagePairs,
                             @Size(max = 3) List<@NotBlank @Size(max = 16) String> interpretingModes,
                             @Size(max = 128) String password,
                             @Email @Size(max = 254) String email,
                             @WellFormedLanguageTag @Size(max = 35) String mailLanguage) {
    }

    public record PersonView(String username, String displayName, String department, String partner,
                             List<String> roles, List<String> languagePairs, List<String> interpretingModes,
                             boolean active, boolean hasPassword, String email,
                             String mailLanguage, String mailPreference) {
    }

    public record PasswordForm(@NotBlank @Size(max = 128) String password) {
    }

    public record EventView(Instant at, String kind, String subject, String actor, String remoteAddress,
                            String detail) {
    }

    /** A change to the office's set-up, with the thing before and after as JSON text. */
    public record ChangeView(Instant at, String actor, String kind, String subject, String before, String after) {
    }

    @Inject
    CallerIdentification identification;
    @Inject
    InputValidation validation;
    @Inject
    PeopleAdministration people;
    @Inject
    Accounts accounts;
    @Inject
    Directory directory;
    @Inject
    AuditLog audit;
    @Inject
    ChangeLog changes;
    @Inject
    Interpreters interpreters;

    @GET
    @Path("people")
    public List<PersonView> people() {
        admin();
        Map<String, Set<InterpretingMode>> modes = interpreters.modes();
        return directory.people().stream().map(p -> view(p, modes.getOrDefault(p.username(), Set.of()))).toList();
    }

    @POST
    @Path("people")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The person added",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PersonView.class)))
    public Response add(PersonForm form) {
        Caller admin = admin();
        PersonForm valid = validation.valid(form);
        Person person = people.add(valid.username(), details(valid), blankToNull(valid.password()), admin.username(),
                identification.remoteAddress());
        return Response.status(Response.Status.CREATED).entity(view(person)).build();
    }

    @PUT
    @Path("people/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PersonView update(@PathParam("username") String username, PersonForm form) {
        Caller admin = admin();
        PersonForm valid = validation.valid(form);
        Person person = people.update(username, details(valid), admin.username(), identification.remoteAddress());
        if (blankToNull(valid.password()) != null) {
            accounts.setPassword(username, valid.password(), admin.username(), identification.remoteAddress());
        }
        return view(person);
    }

    @DELETE
    @Path("people/{username}")
    public void deactivate(@PathParam("username") String username) {
        Caller admin = admin();
        people.deactivate(username, admin.username(), identification.remoteAddress());
    }

    @PUT
    @Path("people/{username}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public void setPassword(@PathParam("username") String username, PasswordForm form) {
        Caller admin = admin();
        accounts.setPassword(username, validation.valid(form).password(), admin.username(),
                identification.remoteAddress());
    }

    @GET
    @Path("security-events")
    public List<EventView> securityEvents(@QueryParam("limit") Integer limit) {
        admin();
        int bounded = limit == null ? 200 : Math.max(1, Math.min(limit, 1000));
        return audit.latest(bounded).stream()
                .map(e -> new EventView(e.occurredAt(), e.kind().name(), e.subject(), e.actor(), e.remoteAddress(),
                        e.detail()))
                .toList();
    }

    @GET
    @Path("changes")
    public List<ChangeView> changes(@QueryParam("limit") Integer limit) {
        admin();
        int bounded = limit == null ? 200 : Math.max(1, Math.min(limit, 1000));
        return changes.latest(bounded).stream()
                .map(c -> new ChangeView(c.occurredAt(), c.actor(), c.subjectKind().name(), c.subject(),
                        c.before().orElse(null), c.after().orElse(null)))
                .toList();
    }

    private Caller admin() {
        return RoleRequired.require(identification.caller(), Role.ADMIN, "account.admin-only");
    }

    private PersonView view(Person person) {
        return view(person, interpreters.modesOf(person.username()));
    }

    private PersonView view(Person person, Set<InterpretingMode> modes) {
        return new PersonView(person.username(), person.displayName(), person.department(), person.partner(),
                person.roles().stream().map(Role::groupName).sorted().toList(),
                person.languagePairs().stream().map(LanguagePair::toString).sorted().toList(),
                modes.stream().map(InterpretingMode::name).sorted().toList(), person.isActive(),
                accounts.hasPassword(person.username()), person.email().orElse(null), person.mailLanguage().value(),
                person.mailPreference().name());
    }

    private static PersonDetails details(PersonForm form) {
        return new PersonDetails(form.displayName().strip(), blankToNull(form.department()),
                blankToNull(form.partner()), roles(form.roles()), languagePairs(form.languagePairs()),
                modes(form.interpretingModes()), blankToNull(form.email()), language(form.mailLanguage()));
    }

    private static Set<InterpretingMode> modes(List<String> names) {
        Set<InterpretingMode> modes = EnumSet.noneOf(InterpretingMode.class);
        for (String name : names == null ? List.<String>of() : names) {
            try {
                modes.add(InterpretingMode.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw AccountProblem.invalid("interpretingModes", "account.unknown-interpreting-mode", name);
            }
        }
        return modes;
    }

    private static Set<LanguagePair> languagePairs(List<String> texts) {
        Set<LanguagePair> pairs = new HashSet<>();
        for (String text : texts == null ? List.<String>of() : texts) {
            try {
                pairs.add(LanguagePair.parse(text.strip()));
            } catch (IllegalArgumentException e) {
                throw AccountProblem.invalid("languagePairs", "account.not-a-language-pair", text);
            }
        }
        return pairs;
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names == null ? List.<String>of() : names) {
            roles.add(Role.fromGroupName(name)
                    .orElseThrow(() -> AccountProblem.invalid("roles", "account.unknown-role", name)));
        }
        return roles;
    }

    private static LanguageTag language(String tag) {
        return tag == null || tag.isBlank() ? null : LanguageTag.of(tag.strip());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
