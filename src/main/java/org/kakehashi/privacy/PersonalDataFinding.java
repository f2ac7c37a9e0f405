package org.kakehashi.privacy;

import java.util.Objects;

/**
 * One piece of personal data in a text: its kind, where it stands (UTF-16 indices into the text as given, end
 * exclusive, as {@link String#substring(int, int)} takes them) and what the text writes there, full-width digits and
 * all.
 */
public record PersonalDataFinding(PersonalDataKind kind, int start, int end, String text) {

    public PersonalDataFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end <= start || text.length() != end - start) {
            throw new IllegalArgumentException("a finding spans its text: " + start + ".." + end + " " + text);
        }
    }

    boolean overlaps(PersonalDataFinding other) {
        return start < other.end && other.start < end;
    }
}
