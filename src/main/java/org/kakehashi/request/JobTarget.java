package org.kakehashi.request;

import org.kakehashi.language.InvalidLanguageTagException;
import org.kakehashi.language.LanguageTag;

/** A job's target language as a path or query names it ({@code en}, {@code zh-Hans}). */
public final class JobTarget {

    private JobTarget() {
    }

    /** @throws RequestProblem on {@code target} when the text is no language tag */
    public static LanguageTag named(String target) {
        try {
            return LanguageTag.of(target);
        } catch (InvalidLanguageTagException e) {
            throw RequestProblem.invalid("target", "language.invalid-tag", target);
        }
    }
}
