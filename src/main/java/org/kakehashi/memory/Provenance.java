package org.kakehashi.memory;

import java.time.LocalDate;

/**
 * Where a remembered translation came from: a delivered request (its number, department, translator and
 * reviewer) or an office's imported memory (the file it came in).
 */
public record Provenance(Origin origin, String request, String department, String translator, String reviewer,
                         LocalDate date) {

    public enum Origin { DELIVERY, IMPORT }
}
