package org.kakehashi.language;

/** Text that is not a well-formed BCP 47 language tag. */
public class InvalidLanguageTagException extends IllegalArgumentException {

    private final String text;

    public InvalidLanguageTagException(String text) {
        super("not a BCP 47 language tag: " + text);
        this.text = text;
    }

    public String text() {
        return text;
    }
}
