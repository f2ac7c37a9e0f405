package org.kakehashi.platform.problem;

/**
 * A query parameter that must be a whole number within bounds, such as a page: {@code page=abc}, {@code page=1e9}
 * and {@code size=0} are refused naming the parameter. Taken as text, because JAX-RS answers 404 to a numeric
 * parameter it cannot convert.
 */
public final class WholeNumberParameter {

    private WholeNumberParameter() {
    }

    /** @throws DomainProblem on {@code field} when the value is no whole number from min to max */
    public static int of(String field, String value, int min, int max) {
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below, as a number out of range is
        }
        throw new OutOfRange(field, value, min, max);
    }

    static final class OutOfRange extends DomainProblem {
        OutOfRange(String field, String value, int min, int max) {
            super(Kind.INVALID, "parameter.out-of-range", field, value, min, max);
        }
    }
}
