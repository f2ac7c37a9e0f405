package org.kakehashi.quality;

import org.kakehashi.platform.problem.DomainProblem;

import java.util.List;

/** A translation the checks hold back, or an override that cannot be taken. */
public class QualityProblem extends DomainProblem {

    private final List<Finding> findings;

    private QualityProblem(Kind kind, String key, String field, List<Finding> findings, Object... arguments) {
        super(kind, key, field, arguments);
        this.findings = List.copyOf(findings);
    }

    static QualityProblem heldBack(List<Finding> findings) {
        return new QualityProblem(Kind.CONFLICT, "quality.held-back", null, findings, findings.size());
    }

    static QualityProblem invalid(String field, String key, Object... arguments) {
        return new QualityProblem(Kind.INVALID, key, field, List.of(), arguments);
    }

    /** What holds the translation back, each in the caller's language under its key in the problem's errors. */
    @Override
    public List<Detail> details() {
        return findings.stream()
                .map(f -> new Detail(f.key(), FindingMessage.key(f), FindingMessage.arguments(f)))
                .toList();
    }
}
