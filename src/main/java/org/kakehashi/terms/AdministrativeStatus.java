package org.kakehashi.terms;

import java.util.Locale;

/** TBX's {@code administrativeStatus} picklist, as far as TBX-Basic uses it, and its meaning here. */
final class AdministrativeStatus {

    private static final String SUFFIX = "-admn-sts";

    private AdministrativeStatus() {
    }

    static String of(TermStatus status) {
        return switch (status) {
            case PREFERRED -> "preferredTerm" + SUFFIX;
            case ADMITTED -> "admittedTerm" + SUFFIX;
            case FORBIDDEN -> "deprecatedTerm" + SUFFIX;
        };
    }

    /**
     * A superseded term must not be used any more than a deprecated one. A value outside the picklist says no
     * more than a missing one, so both read as admitted: calling a term preferred or forbidden on a guess would
     * mislead a translator.
     */
    static TermStatus parse(String value) {
        String name = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (name.endsWith(SUFFIX)) {
            name = name.substring(0, name.length() - SUFFIX.length());
        }
        return switch (name) {
            case "preferredterm" -> TermStatus.PREFERRED;
            case "deprecatedterm", "supersededterm" -> TermStatus.FORBIDDEN;
            default -> TermStatus.ADMITTED;
        };
    }
}
