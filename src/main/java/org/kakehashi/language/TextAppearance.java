package org.kakehashi.language;

/**
 * What a decoded text looks like, as evidence that its encoding was guessed right. Japanese text has hiragana,
 * katakana and common kanji; a text read in the wrong encoding has what no one writes: control characters,
 * private-use characters, single half-width katakana or half-width katakana between kanji, characters that no
 * Japanese encoding holds. Such a doubt does not rule the reading out, but it is never taken without asking.
 *
 * @param wide       the code points looked at that are not ASCII
 * @param evidence   points for what Japanese text looks like: kana and common kanji 2, half-width katakana in
 *                   words of their own 1
 * @param doubts     characters that a wrong encoding makes and a writer rarely does
 * @param kana       hiragana, katakana and Japanese punctuation, the surest sign of Japanese prose
 * @param control    the first control character (other than tab, line breaks and form feed) as a char index,
 *                   or -1: no text file holds one, so the reading is out
 */
record TextAppearance(int wide, int evidence, int doubts, int kana, int control) {

    /** How much text is looked at: a file's first characters say what its encoding is. */
    static final int SAMPLE = 64 * 1024;

    /**
     * @param anyScript whether characters of any script are as likely as Japanese ones: so in a valid UTF-8
     *                  reading, which a wrong guess almost never gives, but not in a legacy or UTF-16 one
     */
    static TextAppearance of(String text, boolean anyScript) {
        int end = Math.min(text.length(), SAMPLE);
        int wide = 0;
        int evidence = 0;
        int doubts = 0;
        int kana = 0;
        int previous = -1;
        for (int i = 0; i < end; ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c) < text.length() ? text.codePointAt(i + Character.charCount(c)) : -1;
            if (isControl(c)) {
                return new TextAppearance(wide, evidence, doubts, kana, i);
            }
            if (c > 0x7F) {
                wide++;
            }
            if (isKana(c)) {
                kana++;
                evidence += 2;
            } else if (JapaneseRepertoire.commonKanji(c)) {
                evidence += 2;
            } else if (isHalfWidthKatakana(c)) {
                if (isWide(previous) || isWide(next)
                        || (!isHalfWidthKatakana(previous) && !isHalfWidthKatakana(next) && c != 'ｰ')) {
                    doubts++;
                } else {
                    evidence++;
                }
            } else if (Character.getType(c) == Character.PRIVATE_USE || Character.getType(c) == Character.UNASSIGNED
                    || (!anyScript && c > 0x7F && !JapaneseRepertoire.japanese(c))) {
                doubts++;
            }
            previous = c;
            i += Character.charCount(c);
        }
        return new TextAppearance(wide, evidence, doubts, kana, -1);
    }

    boolean hasControl() {
        return control >= 0;
    }

    boolean clean() {
        return doubts == 0;
    }

    /** Whether the text is ASCII only, which every candidate but UTF-16 reads alike. */
    boolean ascii() {
        return wide == 0;
    }

    /** Evidence per character beyond ASCII: up to 2, when all are kana and common kanji. */
    double score() {
        return ascii() ? 0 : (double) evidence / wide;
    }

    private static boolean isControl(int c) {
        return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r' && c != '\f';
    }

    private static boolean isKana(int c) {
        return (c >= 0x3041 && c <= 0x3096) || (c >= 0x30A1 && c <= 0x30FC)
                || c == '、' || c == '。' || (c >= 0x300C && c <= 0x300F);
    }

    private static boolean isHalfWidthKatakana(int c) {
        return c >= 0xFF61 && c <= 0xFF9F;
    }

    /** A kanji or a full-width kana, next to which half-width katakana is mojibake. */
    private static boolean isWide(int c) {
        if (c < 0 || isHalfWidthKatakana(c)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
