package org.kakehashi.language;

/**
 * A language as a viewer sees it listed: its tag, its name in the viewer's language, its own name (autonym),
 * its script (ISO 15924) and the direction its text is written in.
 */
public record LanguageInfo(String tag, String name, String autonym, String script, Direction direction) {

    public enum Direction { LTR, RTL }
}
