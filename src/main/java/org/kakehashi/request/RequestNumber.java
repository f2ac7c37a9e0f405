package org.kakehashi.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.kakehashi.calendar.FiscalYear;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The number a request is known by, on the phone and on paper: the fiscal year it was received in and a
 * sequence within that year, such as {@code 2026-00042} — the 42nd request of 令和8年度.
 */
@Embeddable
public class RequestNumber {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{5,9})");

    @Column(name = "request_number", nullable = false, unique = true, updatable = false, length = 16)
    private String value;

    protected RequestNumber() {
    }

    private RequestNumber(String value) {
        this.value = value;
    }

    public static RequestNumber of(FiscalYear year, long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1: " + sequence);
        }
        return new RequestNumber(String.format("%d-%05d", year.startYear(), sequence));
    }

    /** @throws IllegalArgumentException when the text is not a request number */
    public static RequestNumber parse(String text) {
        if (text == null || !FORMAT.matcher(text).matches()) {
            throw new IllegalArgumentException("not a request number: " + text);
        }
        return new RequestNumber(text);
    }

    /** The request a caller names by its number: a number that cannot be is a request that does not exist. */
    public static RequestNumber named(String text) {
        if (!isValid(text)) {
            throw RequestProblem.notFound(text);
        }
        return new RequestNumber(text);
    }

    public static boolean isValid(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    public FiscalYear fiscalYear() {
        return new FiscalYear(Integer.parseInt(value.substring(0, 4)));
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RequestNumber other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
