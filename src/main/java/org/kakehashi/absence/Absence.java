package org.kakehashi.absence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person away from the first day to the last, both included, as the city's calendar dates; with a note of at
 * most 200 characters (a training course, leave) if the office wants one. An absence is not changed: it is
 * removed and recorded again.
 */
@Entity
@Table(name = "absence", indexes = @Index(name = "absence_person_days", columnList = "username, first_day, last_day"))
public class Absence {

    static final int NOTE_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    @Column(name = "username", nullable = false, updatable = false, length = 64)
    private String person;

    @Column(name = "first_day", nullable = false, updatable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false, updatable = false)
    private LocalDate lastDay;

    @Column(length = NOTE_LENGTH, updatable = false)
    private String note;

    protected Absence() {
    }

    /**
     * @param note stripped; a blank one is none
     * @throws AbsenceProblem naming {@code to} for a last day before the first, {@code note} for a note too long
     */
    public Absence(String person, LocalDate firstDay, LocalDate lastDay, String note) {
        if (lastDay.isBefore(firstDay)) {
            throw AbsenceProblem.lastBeforeFirst(firstDay, lastDay);
        }
        String kept = note == null || note.isBlank() ? null : note.strip();
        if (kept != null && kept.length() > NOTE_LENGTH) {
            throw AbsenceProblem.noteTooLong(NOTE_LENGTH);
        }
        this.person = person;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.note = kept;
    }

    /** Whether the person is away on the day. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    /** Whether the person is away on any day from {@code first} to {@code last}, both included. */
    public boolean overlaps(LocalDate first, LocalDate last) {
        return !first.isAfter(lastDay) && !last.isBefore(firstDay);
    }

    public UUID id() {
        return id;
    }

    /** The user name of the person away. */
    public String person() {
        return person;
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    public LocalDate lastDay() {
        return lastDay;
    }

    /** The note, or null when there is none. */
    public String note() {
        return note;
    }
}
