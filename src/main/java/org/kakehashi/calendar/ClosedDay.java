package org.kakehashi.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A day the city closes its offices beyond the law's holidays, such as an election day or a move. */
@Entity
@Table(name = "city_closed_day")
public class ClosedDay {

    @Id
    @Column(name = "closed_on")
    private LocalDate date;

    @Column(nullable = false, length = 200)
    private String reason;

    protected ClosedDay() {
    }

    public ClosedDay(LocalDate date, String reason) {
        this.date = date;
        this.reason = reason;
    }

    public LocalDate date() {
        return date;
    }

    public String reason() {
        return reason;
    }
}
