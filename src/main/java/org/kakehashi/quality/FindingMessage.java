package org.kakehashi.quality;

import java.util.Locale;

/** How a finding is told to a person: a message key per kind, and whether the target has something instead. */
public final class FindingMessage {

    private FindingMessage() {
    }

    public static String key(Finding finding) {
        return "quality." + finding.kind().name().toLowerCase(Locale.ROOT).replace('_', '-')
                + (finding.found() == null ? "" : ".found");
    }

    public static Object[] arguments(Finding finding) {
        return new Object[]{finding.segment(), finding.expected(), finding.found() == null ? "" : finding.found()};
    }
}
