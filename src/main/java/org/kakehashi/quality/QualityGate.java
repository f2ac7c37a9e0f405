package org.kakehashi.quality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.terms.Termbase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Holds a translation back while the checks find something nobody overrode: at the hand-over to review and
 * again at approval, before delivery. A finding overridden once, with its reason, stays overridden for the job.
 */
@ApplicationScoped
public class QualityGate {

    /** A job's translation as the checks see it. */
    public record Checked(String request, LanguageTag source, LanguageTag target, List<CheckedPair> pairs) {
    }

    /** A finding and, when someone overrode it, who and why. */
    public record Judged(Finding finding, String overriddenBy, String reason) {

        public boolean overridden() {
            return reason != null;
        }
    }

    @Inject
    Termbase termbase;
    @Inject
    FindingLog log;

    /** What the checks find in a translation now, with the overrides the job has already. */
    public List<Judged> findings(Checked checked, List<Finding> drafts) {
        Map<String, RecordedFinding> known = log.of(checked.request(), checked.target());
        return all(checked, drafts).stream()
                .map(f -> {
                    RecordedFinding recorded = known.get(RecordedFinding.keyOf(f));
                    return recorded != null && recorded.overridden()
                            ? new Judged(f, recorded.overriddenBy().orElse(null), recorded.overrideReason().orElse(""))
                            : new Judged(f, null, null);
                })
                .toList();
    }

    /**
     * @param drafts    the machine drafts left as the machine wrote them, as findings of their own
     * @param overrides the reasons given now, by finding key
     * @return the findings overridden now, for the request's timeline
     * @throws QualityProblem when a finding is neither fixed nor overridden, or an override has no reason
     */
    public List<Judged> pass(Checked checked, Stage stage, List<Finding> drafts, Map<String, String> overrides,
                             String by) {
        Map<String, String> reasons = reasons(overrides);
        List<Judged> judged = findings(checked, drafts);
        log.record(checked.request(), checked.target(), stage, judged.stream().map(Judged::finding).toList(),
                reasons, by);
        List<Finding> holding = new ArrayList<>();
        List<Judged> overriddenNow = new ArrayList<>();
        for (Judged j : judged) {
            String reason = reasons.get(j.finding().key());
            if (j.overridden()) {
                continue;
            }
            if (reason == null) {
                holding.add(j.finding());
            } else {
                overriddenNow.add(new Judged(j.finding(), by, reason));
            }
        }
        if (!holding.isEmpty()) {
            throw QualityProblem.heldBack(holding);
        }
        return overriddenNow;
    }

    /**
     * Overrides findings that held a translation back, so that the same translation passes when sent again.
     *
     * @return the findings overridden now, for the request's timeline
     * @throws QualityProblem for a key the job's checks never raised, or an override without a reason
     */
    public List<Judged> override(String request, LanguageTag target, Map<String, String> overrides, String by) {
        Map<String, String> reasons = reasons(overrides);
        if (reasons.isEmpty()) {
            throw QualityProblem.invalid("overrides", "quality.overrides-missing");
        }
        Map<String, RecordedFinding> known = log.of(request, target);
        List<Judged> overridden = new ArrayList<>();
        reasons.forEach((key, reason) -> {
            RecordedFinding recorded = known.get(RecordedFinding.keyOf(key));
            if (recorded == null) {
                throw QualityProblem.invalid("overrides", "quality.finding-unknown", key);
            }
            if (!recorded.overridden()) {
                log.override(recorded, reason, by);
                overridden.add(new Judged(recorded.finding(), by, reason));
            }
        });
        return overridden;
    }

    private List<Finding> all(Checked checked, List<Finding> drafts) {
        List<Finding> all = new ArrayList<>(QualityCheck.findings(checked.source(), checked.target(),
                checked.pairs(), termbase.glossary(checked.source(), checked.target())));
        all.addAll(drafts);
        return all;
    }

    private static Map<String, String> reasons(Map<String, String> overrides) {
        Map<String, String> reasons = new HashMap<>();
        (overrides == null ? Map.<String, String>of() : overrides).forEach((key, reason) -> {
            if (reason == null || reason.isBlank()) {
                throw QualityProblem.invalid("overrides", "quality.reason-missing", key);
            }
            if (reason.strip().length() > RecordedFinding.REASON_LENGTH) {
                throw QualityProblem.invalid("overrides", "quality.reason-too-long", RecordedFinding.REASON_LENGTH);
            }
            reasons.put(key, reason.strip());
        });
        return reasons;
    }
}
