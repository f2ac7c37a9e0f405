package org.kakehashi.platform.settings;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.CallerIdentification;
import org.kakehashi.platform.identity.Role;
import org.kakehashi.platform.problem.DomainProblem;
import org.kakehashi.platform.problem.InputValidation;
import org.kakehashi.platform.problem.RoleRequired;

import java.util.Arrays;
import java.util.List;

/** The office's settings for administrators: each with its value, where it comes from and its default. */
@Path("admin/settings")
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {

    public record SettingView(String name, String value, String source, String fallback, String property,
                              String kind) {

        static SettingView of(OfficeSettings.Value value) {
            Setting setting = value.setting();
            return new SettingView(setting.settingName(), value.value(), value.source().name(), setting.fallback(),
                    setting.property(), setting.kind().name());
        }
    }

    public record SettingForm(@Size(max = 200) String value) {
    }

    @Inject
    OfficeSettings settings;
    @Inject
    CallerIdentification identification;
    @Inject
    InputValidation validation;

    @GET
    public List<SettingView> all() {
        admin();
        return Arrays.stream(Setting.values()).map(settings::value).map(SettingView::of).toList();
    }

    @PUT
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    public SettingView change(@PathParam("name") String name, SettingForm form) {
        Caller admin = admin();
        String value = validation.valid(form).value();
        if (value == null || value.isBlank()) {
            throw new SettingProblem("settings.value-missing");
        }
        return SettingView.of(settings.change(setting(name), value, admin.username()));
    }

    /** Back to the value the server was started with, or the default. */
    @DELETE
    @Path("{name}")
    public SettingView reset(@PathParam("name") String name) {
        Caller admin = admin();
        return SettingView.of(settings.change(setting(name), null, admin.username()));
    }

    private static Setting setting(String name) {
        return Setting.named(name)
                .orElseThrow(() -> new SettingProblem(DomainProblem.Kind.NOT_FOUND, "settings.unknown", name));
    }

    private Caller admin() {
        return RoleRequired.require(identification.caller(), Role.ADMIN, "settings.admin-only");
    }
}
