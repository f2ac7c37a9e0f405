package org.kakehashi.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kakehashi.document.Segment;
import org.kakehashi.document.TranslatableText;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.machine.MachineDrafts;
import org.kakehashi.quality.CheckedPair;
import org.kakehashi.quality.Finding;
import org.kakehashi.quality.QualityGate;
import org.kakehashi.quality.Stage;
import org.kakehashi.request.JobDocuments;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestWork;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The quality checks on a job's translation, as a task hands it on: what they find, and the gate that holds the
 * hand-over or the approval back until each finding is fixed or overridden. Overrides go on the request's
 * timeline, where the reviewer reads them.
 */
@ApplicationScoped
class JobChecks {

    @Inject
    QualityGate gate;
    @Inject
    JobDocuments documents;
    @Inject
    RequestWork work;
    @Inject
    MachineDrafts machine;

    /** A translation written in the editor, segment by segment, as the checks see it. */
    QualityGate.Checked ofSegments(RequestNumber number, LanguageTag target, Map<String, String> segments) {
        TranslatableText source = documents.source(number, target);
        List<CheckedPair> pairs = source.segments().stream()
                .map(s -> new CheckedPair(s.id(), s.tagged(), segments.get(s.id())))
                .toList();
        return new QualityGate.Checked(number.value(), source.source(), target, pairs);
    }

    /** A translation handed over whole (a file or a text), or the job's latest when null, aligned with its source. */
    QualityGate.Checked ofTranslation(RequestNumber number, LanguageTag target,
                                      JobDocuments.ImportedTranslation translation) {
        List<TranslatableText.Aligned> aligned = documents.aligned(number, target, translation);
        LanguageTag source = work.get(number).brief().sourceLanguage();
        List<CheckedPair> pairs = aligned.stream()
                .map(a -> new CheckedPair(a.source().stream().map(Segment::id).findFirst().orElse(""),
                        a.sourceTagged(), a.targetTagged()))
                .toList();
        return new QualityGate.Checked(number.value(), source, target, pairs);
    }

    List<QualityGate.Judged> findings(QualityGate.Checked checked) {
        return gate.findings(checked, unedited(checked));
    }

    void pass(RequestNumber number, QualityGate.Checked checked, Stage stage, Map<String, String> overrides,
              String user) {
        onTimeline(number, checked.target(), user, gate.pass(checked, stage, unedited(checked), overrides, user));
    }

    /** The machine's drafts the translation keeps as it wrote them. */
    private List<Finding> unedited(QualityGate.Checked checked) {
        Map<String, String> translation = new HashMap<>();
        checked.pairs().stream().filter(pair -> pair.target() != null)
                .forEach(pair -> translation.put(pair.segment(), pair.target()));
        return machine.unedited(checked.request(), checked.target(), translation);
    }

    void override(RequestNumber number, LanguageTag target, Map<String, String> overrides, String user) {
        onTimeline(number, target, user, gate.override(number.value(), target, overrides, user));
    }

    private void onTimeline(RequestNumber number, LanguageTag target, String user,
                            List<QualityGate.Judged> overridden) {
        overridden.forEach(judged -> work.recordCheckOverride(number, target, user, judged.finding().kind() + " "
                + judged.finding().segment() + " «" + shortened(judged.finding().expected()) + "»: "
                + judged.reason()));
    }

    private static String shortened(String text) {
        return text == null || text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }
}
