package org.kakehashi.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import org.kakehashi.calendar.FiscalYear;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Request numbers from one database sequence (made by the schema's baseline migration), which every node draws
 * from without waiting for another submission's commit. Numbers rise within a fiscal year and never repeat; a submission that fails after taking
 * one leaves that number unused (欠番), as a paper register does when an entry is voided.
 */
@ApplicationScoped
public class RequestNumbers {

    @Inject
    RequestNumberYears years;

    /** A year's base never changes once made, so each node keeps the ones it has read. */
    private final Map<Integer, Long> bases = new ConcurrentHashMap<>();

    /** The next number of the fiscal year, in the caller's transaction. */
    public RequestNumber next(FiscalYear year) {
        long base = bases.computeIfAbsent(year.startYear(), started -> baseOf(year));
        return RequestNumber.of(year, years.nextValue() - base);
    }

    private long baseOf(FiscalYear year) {
        try {
            return years.baseOf(year);
        } catch (PersistenceException | TransactionalException madeByAnotherSubmission) {
            return years.baseOf(year);
        }
    }
}
