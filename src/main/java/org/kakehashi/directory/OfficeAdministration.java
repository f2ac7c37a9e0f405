package org.kakehashi.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kakehashi.directory.DepartmentAdminResource.DepartmentForm;
import org.kakehashi.directory.PartnerAdminResource.PartnerForm;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.platform.audit.AdministrativeChange.Subject;
import org.kakehashi.platform.audit.ChangeLog;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.Role;
import org.kakehashi.platform.problem.RoleRequired;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** An administrator's work on the office's departments and partners, each change in the change log. */
@ApplicationScoped
@Transactional
public class OfficeAdministration {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @Inject
    Directory directory;
    @Inject
    ChangeLog changes;
    @Inject
    Event<DirectoryNamesChanged> renamed;

    public List<DepartmentView> departments(Caller caller) {
        requireAdmin(caller);
        return directory.departments().stream().map(DepartmentView::of).toList();
    }

    public DepartmentView add(Caller caller, DepartmentForm form) {
        requireAdmin(caller);
        if (directory.department(form.code()).isPresent()) {
            throw DirectoryProblem.taken(form.code());
        }
        Department department = new Department(form.code(), form.nameJa().strip(), form.nameEn().strip(),
                blankToNull(form.phone()));
        department.rename(department.nameJa(), department.nameEn(), department.phone(), otherNames(form));
        directory.addIfAbsent(department);
        DepartmentView added = DepartmentView.of(department);
        changes.record(caller.username(), Subject.DEPARTMENT, form.code(), null, added);
        renamed.fire(new DirectoryNamesChanged(DirectoryNamesChanged.Kind.DEPARTMENT, form.code()));
        return added;
    }

    public DepartmentView update(Caller caller, DepartmentForm form) {
        requireAdmin(caller);
        Department department = directory.department(form.code())
                .orElseThrow(() -> DirectoryProblem.unknownDepartment(form.code()));
        DepartmentView before = DepartmentView.of(department);
        department.rename(form.nameJa().strip(), form.nameEn().strip(), blankToNull(form.phone()), otherNames(form));
        DepartmentView after = DepartmentView.of(department);
        changes.record(caller.username(), Subject.DEPARTMENT, form.code(), before, after);
        renamed.fire(new DirectoryNamesChanged(DirectoryNamesChanged.Kind.DEPARTMENT, form.code()));
        return after;
    }

    public List<PartnerView> partners(Caller caller) {
        requireAdmin(caller);
        List<Person> people = directory.people();
        return directory.partners().stream().map(p -> PartnerView.of(p, people)).toList();
    }

    public PartnerView add(Caller caller, PartnerForm form) {
        requireAdmin(caller);
        if (directory.partner(form.code()).isPresent()) {
            throw DirectoryProblem.taken(form.code());
        }
        Partner partner = new Partner(form.code(), form.name().strip(), LanguageTag.of(form.language().strip()),
                zone(form));
        describe(partner, form);
        directory.addIfAbsent(partner);
        PartnerView added = PartnerView.of(partner, List.of());
        changes.record(caller.username(), Subject.PARTNER, form.code(), null, added);
        renamed.fire(new DirectoryNamesChanged(DirectoryNamesChanged.Kind.PARTNER, form.code()));
        return added;
    }

    public PartnerView update(Caller caller, PartnerForm form) {
        requireAdmin(caller);
        Partner partner = directory.partner(form.code())
                .orElseThrow(() -> DirectoryProblem.unknownPartner(form.code()));
        List<Person> people = directory.people();
        PartnerView before = PartnerView.of(partner, people);
        describe(partner, form);
        PartnerView after = PartnerView.of(partner, people);
        changes.record(caller.username(), Subject.PARTNER, form.code(), before, after);
        renamed.fire(new DirectoryNamesChanged(DirectoryNamesChanged.Kind.PARTNER, form.code()));
        return after;
    }

    private static void describe(Partner partner, PartnerForm form) {
        if (form.country() != null && !COUNTRIES.contains(form.country())) {
            throw DirectoryProblem.invalid("country", "directory.unknown-country", form.country());
        }
        Set<LanguageTag> others = new LinkedHashSet<>();
        if (form.otherLanguages() != null) {
            form.otherLanguages().forEach(tag -> others.add(LanguageTag.of(tag.strip())));
        }
        partner.describe(form.name().strip(), form.country(), LanguageTag.of(form.language().strip()), others,
                zone(form), hours(form));
    }

    private static ZoneId zone(PartnerForm form) {
        try {
            return ZoneId.of(form.timeZone().strip());
        } catch (DateTimeException e) {
            throw DirectoryProblem.invalid("timeZone", "directory.unknown-time-zone", form.timeZone());
        }
    }

    private static OfficeHours hours(PartnerForm form) {
        if (form.officeOpens() == null && form.officeCloses() == null) {
            return null;
        }
        if (form.officeOpens() == null) {
            throw DirectoryProblem.invalid("officeOpens", "directory.office-hours-both");
        }
        if (form.officeCloses() == null || !form.officeOpens().isBefore(form.officeCloses())) {
            throw DirectoryProblem.invalid("officeCloses", "directory.office-hours-order", form.officeOpens());
        }
        return new OfficeHours(form.officeOpens(), form.officeCloses());
    }

    private static Map<String, String> otherNames(DepartmentForm form) {
        Map<String, String> names = new LinkedHashMap<>();
        if (form.otherNames() != null) {
            form.otherNames().forEach((tag, name) -> names.put(LanguageTag.of(tag.strip()).value(), name.strip()));
        }
        for (String tag : names.keySet()) {
            if (tag.equals("ja") || tag.equals("en")) {
                throw DirectoryProblem.invalid("otherNames", "directory.name-has-own-field", tag);
            }
        }
        return names;
    }

    private static void requireAdmin(Caller caller) {
        RoleRequired.require(caller, Role.ADMIN, "directory.admin-only");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
