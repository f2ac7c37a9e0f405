package org.kakehashi.task;

import org.kakehashi.platform.problem.Messages;
import org.kakehashi.quality.FindingKind;
import org.kakehashi.quality.FindingMessage;
import org.kakehashi.quality.QualityGate;

/** A finding of the quality checks as the editor shows it, told in the reader's language. */
public record FindingView(String key, FindingKind kind, String segment, String expected, String found,
                          String message, String overriddenBy, String reason) {

    static FindingView of(QualityGate.Judged judged, Messages messages) {
        var finding = judged.finding();
        return new FindingView(finding.key(), finding.kind(), finding.segment(), finding.expected(), finding.found(),
                messages.format(FindingMessage.key(finding), FindingMessage.arguments(finding)),
                judged.overriddenBy(), judged.reason());
    }
}
