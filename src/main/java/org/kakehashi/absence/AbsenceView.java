package org.kakehashi.absence;

import java.time.LocalDate;
import java.util.UUID;

/** An absence as the API shows it and the change log keeps it: who is away, from which day to which, and why. */
public record AbsenceView(UUID id, String person, LocalDate from, LocalDate to, String note) {

    public static AbsenceView of(Absence absence) {
        return new AbsenceView(absence.id(), absence.person(), absence.firstDay(), absence.lastDay(), absence.note());
    }
}
