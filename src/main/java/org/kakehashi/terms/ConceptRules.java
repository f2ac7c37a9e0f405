package org.kakehashi.terms;

import java.util.ArrayList;
import java.util.List;

/** What an entry must be before the termbase keeps it: at least one term, each text within its length. */
final class ConceptRules {

    /** A problem of a concept, by field: {@code terms[2].text}. */
    record Violation(String field, String messageKey, Object... arguments) {
    }

    static final int MAX_TERMS = 20;

    private ConceptRules() {
    }

    static List<Violation> violations(Concept concept) {
        List<Violation> violations = new ArrayList<>();
        List<TermForm> terms = concept.terms();
        if (terms.isEmpty()) {
            violations.add(new Violation("terms", "terms.term-missing"));
        }
        for (int i = 0; i < terms.size(); i++) {
            if (terms.get(i).text().strip().length() > Term.TEXT_LENGTH) {
                violations.add(new Violation("terms[" + i + "].text", "terms.too-long", Term.TEXT_LENGTH));
            }
        }
        if (terms.size() > MAX_TERMS) {
            violations.add(new Violation("terms", "terms.too-many", MAX_TERMS));
        }
        longer(violations, "subjectField", concept.subjectField(), 200);
        longer(violations, "definition", concept.definition(), 2000);
        longer(violations, "note", concept.note(), 2000);
        longer(violations, "source", concept.source(), 500);
        return violations;
    }

    private static void longer(List<Violation> violations, String field, String value, int limit) {
        if (value != null && value.length() > limit) {
            violations.add(new Violation(field, "terms.too-long", limit));
        }
    }
}
