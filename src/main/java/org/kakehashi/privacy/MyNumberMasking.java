package org.kakehashi.privacy;

import org.kakehashi.platform.identity.Caller;

/**
 * My Numbers never leave the city (番号法 limits who may hold them): a text goes to a reader outside it — a
 * contracted linguist, an external reviewer, a partner's contact — or to a machine translation service with each
 * My Number masked, digit for digit, so the text keeps its length and its sentences.
 */
public final class MyNumberMasking {

    private static final PersonalDataScanner SCANNER = new PersonalDataScanner();

    private MyNumberMasking() {
    }

    /** The text as this reader may see it; null stays null. */
    public static String forReader(String text, Caller reader) {
        return reader.isOutsideTheCity() ? outward(text) : text;
    }

    /** The text as it may leave the city; null stays null. */
    public static String outward(String text) {
        return text == null || text.isEmpty() ? text : SCANNER.mask(text);
    }
}
