package org.kakehashi.absence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kakehashi.directory.Directory;
import org.kakehashi.directory.Person;
import org.kakehashi.platform.audit.AdministrativeChange.Subject;
import org.kakehashi.platform.audit.ChangeLog;
import org.kakehashi.platform.identity.Caller;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Recording and removing absences: the office (the coordinators and the office manager) for anyone of the team,
 * every person for themselves; each change audited. One person's absences never overlap: an absence that would
 * is refused, naming the one recorded, rather than merged into it — a merge would change, unasked, an absence
 * someone else may have recorded with its own note, where a refusal leaves the person to remove it or keep it.
 */
@ApplicationScoped
@Transactional
public class Absences {

    private AbsenceRegister register;
    private Directory directory;
    private ChangeLog changes;
    private Clock clock;

    /** For the container's proxies only. */
    protected Absences() {
    }

    @Inject
    public Absences(AbsenceRegister register, Directory directory, ChangeLog changes, Clock clock) {
        this.register = register;
        this.directory = directory;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * The absences with a day from {@code first} (today when null) to {@code last} (no end when null): everyone's
     * for the office, the caller's own for anyone else.
     */
    public List<Absence> between(Caller caller, LocalDate first, LocalDate last) {
        LocalDate from = first == null ? LocalDate.now(clock) : first;
        if (last != null && last.isBefore(from)) {
            throw AbsenceProblem.lastBeforeFirst(from, last);
        }
        return caller.isOffice() ? register.between(from, last) : register.of(caller.username(), from, last);
    }

    /**
     * @param person the user name of the person away; the caller when blank
     * @throws AbsenceProblem for someone else's absence recorded outside the office, an unknown or closed account,
     *                        a last day before the first, a note too long, or an overlap with a recorded absence
     */
    public Absence add(Caller caller, String person, LocalDate first, LocalDate last, String note) {
        String username = person == null || person.isBlank() ? caller.username() : person.strip();
        requireMayChange(caller, username);
        Person away = directory.person(username).filter(Person::isActive)
                .orElseThrow(() -> AbsenceProblem.unknownPerson(username));
        Absence absence = new Absence(away.username(), first, last, note);
        register.holdPerson(away.username());
        register.of(away.username(), first, last).stream().findFirst().ifPresent(recorded -> {
            throw AbsenceProblem.overlaps(recorded);
        });
        register.add(absence);
        changes.record(caller.username(), Subject.ABSENCE, absence.id().toString(), null, AbsenceView.of(absence));
        return absence;
    }

    /** @throws AbsenceProblem for an absence unknown, or someone else's removed outside the office */
    public void remove(Caller caller, UUID id) {
        Absence absence = register.find(id).orElseThrow(() -> AbsenceProblem.notFound(id.toString()));
        requireMayChange(caller, absence.person());
        register.remove(absence);
        changes.record(caller.username(), Subject.ABSENCE, id.toString(), AbsenceView.of(absence), null);
    }

    /** The office records anyone's absences; every other person only their own. */
    static boolean mayChange(Caller caller, String person) {
        return caller.isOffice() || caller.username().equals(person);
    }

    private static void requireMayChange(Caller caller, String person) {
        if (!mayChange(caller, person)) {
            throw AbsenceProblem.notYours();
        }
    }
}
