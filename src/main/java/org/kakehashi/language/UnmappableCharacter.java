package org.kakehashi.language;

/** A character of a text that an encoding cannot carry, at its index in the text (in UTF-16 code units). */
public record UnmappableCharacter(int index, int codePoint) {

    public String character() {
        return Character.toString(codePoint);
    }

    @Override
    public String toString() {
        return character() + " (U+" + String.format("%04X", codePoint) + ") at " + index;
    }
}
