package org.kakehashi.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Where a fiscal year's numbers start in the request-number sequence: a request of the year is numbered by the
 * sequence's value less this base, so numbering starts again each 年度 without a counter row to lock.
 */
@Entity
@Table(name = "request_number_year")
class RequestNumberYear {

    @Id
    @Column(name = "fiscal_year")
    private int fiscalYear;

    @Column(name = "sequence_base", nullable = false, updatable = false)
    private long sequenceBase;

    protected RequestNumberYear() {
    }

    RequestNumberYear(int fiscalYear, long sequenceBase) {
        this.fiscalYear = fiscalYear;
        this.sequenceBase = sequenceBase;
    }

    long sequenceBase() {
        return sequenceBase;
    }
}
