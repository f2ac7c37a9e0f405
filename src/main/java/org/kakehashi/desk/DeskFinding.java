package org.kakehashi.desk;

import org.kakehashi.platform.problem.Messages;
import org.kakehashi.quality.Finding;
import org.kakehashi.quality.FindingKind;
import org.kakehashi.quality.FindingMessage;
import org.kakehashi.quality.RecordedFinding;
import org.kakehashi.quality.Stage;

/** A finding of a job's checks as the reviewer reads it, told in the reader's language. */
public record DeskFinding(FindingKind kind, String segment, String expected, String found, String message,
                          Stage stage, String overriddenBy, String reason) {

    static DeskFinding of(RecordedFinding recorded, Messages messages) {
        Finding finding = recorded.finding();
        return new DeskFinding(recorded.kind(), recorded.segment(), recorded.expected(), recorded.found(),
                messages.format(FindingMessage.key(finding), FindingMessage.arguments(finding)), recorded.stage(),
                recorded.overriddenBy().orElse(null), recorded.overrideReason().orElse(null));
    }
}
