package org.kakehashi.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last request number handed out in a fiscal year; numbering starts again at 1 each 年度. */
@Entity
@Table(name = "request_number_counter")
public class RequestNumberCounter {

    @Id
    @Column(name = "fiscal_year")
    private int fiscalYear;

    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    protected RequestNumberCounter() {
    }

    RequestNumberCounter(int fiscalYear) {
        this.fiscalYear = fiscalYear;
    }

    long next() {
        return ++lastSequence;
    }
}
