package org.kakehashi.language;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.RuleBasedBreakIterator;

import java.util.Set;

/**
 * Counts a text for its {@link CountingReceipt}: one pass over the user-perceived characters (ICU grapheme
 * clusters) for the characters and their kinds, one over ICU's word boundaries for the words. Nothing is copied.
 */
public final class TextCounter {

    /** Languages whose volume is quoted in characters: they are written without spaces between words. */
    private static final Set<String> COUNTED_IN_CHARACTERS = Set.of("ja", "zh");
    /** Quoted in characters only: no word segmentation (ICU's Japanese dictionary pass is the expensive part). */
    private static final String JAPANESE = "ja";
    private static final int MANUSCRIPT_PAGE = 400;

    private final CountingRates rates;

    public TextCounter(CountingRates rates) {
        this.rates = rates;
    }

    /** What a text in the language is counted in: characters for Japanese and Chinese, words for the rest. */
    public static CountingReceipt.Unit unitOf(LanguageTag language) {
        return COUNTED_IN_CHARACTERS.contains(language.language()) ? CountingReceipt.Unit.CHARACTERS
                : CountingReceipt.Unit.WORDS;
    }

    /** Characters to a 400-character manuscript page (原稿用紙). */
    public static final int MANUSCRIPT_PAGE_CHARACTERS = MANUSCRIPT_PAGE;

    public CountingReceipt count(String text, LanguageTag language) {
        Characters characters = countCharacters(text);
        Long words = language.language().equals(JAPANESE) ? null : countWords(text, language);
        boolean inCharacters = unitOf(language) == CountingReceipt.Unit.CHARACTERS;
        long pages = inCharacters ? (characters.total + MANUSCRIPT_PAGE - 1) / MANUSCRIPT_PAGE : 0;
        double hours = inCharacters ? characters.total / rates.charactersPerHour() : words / rates.wordsPerHour();
        return new CountingReceipt(language.value(),
                inCharacters ? CountingReceipt.Unit.CHARACTERS : CountingReceipt.Unit.WORDS,
                characters.total, words, characters.breakdown(), pages, Math.round(hours * 10) / 10.0);
    }

    private static Characters countCharacters(String text) {
        Characters counts = new Characters();
        BreakIterator graphemes = BreakIterator.getCharacterInstance();
        graphemes.setText(text);
        boolean inLatinWord = false;
        for (int start = graphemes.first(), end = graphemes.next(); end != BreakIterator.DONE;
             start = end, end = graphemes.next()) {
            Kind kind = kindOf(text, start, end);
            if (kind == Kind.LATIN && !inLatinWord) {
                counts.latinWords++;
            }
            inLatinWord = kind == Kind.LATIN;
            counts.add(kind);
        }
        counts.close();
        return counts;
    }

    /**
     * A cluster is of the kind of its first character, except that a space carrying a combining mark (U+0020
     * U+0301) is a character of its own by UAX #29, of the mark's kind: only a space alone is left uncounted.
     */
    private static Kind kindOf(String text, int start, int end) {
        int first = text.codePointAt(start);
        Kind kind = Kind.of(first);
        int next = start + Character.charCount(first);
        if (kind == Kind.WHITESPACE && next < end) {
            Kind carried = Kind.of(text.codePointAt(next));
            return carried == Kind.WHITESPACE ? kind : carried;
        }
        return kind;
    }

    /** Segments that contain letters, numbers, kana or ideographs; not spaces or punctuation. */
    private static long countWords(String text, LanguageTag language) {
        RuleBasedBreakIterator words = (RuleBasedBreakIterator) BreakIterator.getWordInstance(language.locale());
        words.setText(text);
        long count = 0;
        for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
            if (words.getRuleStatus() != BreakIterator.WORD_NONE) {
                count++;
            }
        }
        return count;
    }

    private enum Kind {
        WHITESPACE, KANJI, KANA, LATIN, DIGIT, PUNCTUATION, OTHER;

        private static final Kind[] VALUES = values();
        /** The kind of every BMP code point, worked out once: counting is then one array load per character. */
        private static final byte[] BMP = new byte[0x10000];

        static {
            for (int c = 0; c < BMP.length; c++) {
                BMP[c] = (byte) byProperties(c).ordinal();
            }
        }

        static Kind of(int codePoint) {
            return codePoint < BMP.length ? VALUES[BMP[codePoint]] : byProperties(codePoint);
        }

        private static Kind byProperties(int codePoint) {
            if (UCharacter.isUWhiteSpace(codePoint)) {
                return WHITESPACE;
            }
            if (UCharacter.isDigit(codePoint)) {
                return DIGIT;
            }
            int script = UScript.getScript(codePoint);
            if (script == UScript.HAN) {
                return KANJI;
            }
            if (script == UScript.HIRAGANA || script == UScript.KATAKANA || isSharedKanaLetter(codePoint)) {
                return KANA;
            }
            if (script == UScript.LATIN) {
                return LATIN;
            }
            int type = UCharacter.getType(codePoint);
            if (isPunctuationOrSymbol(type)) {
                return PUNCTUATION;
            }
            return OTHER;
        }

        /** The prolonged sound mark ー and the like: letters that kana share, unlike the shared 、 and 。. */
        private static boolean isSharedKanaLetter(int codePoint) {
            return (UScript.hasScript(codePoint, UScript.HIRAGANA) || UScript.hasScript(codePoint, UScript.KATAKANA))
                    && UCharacter.hasBinaryProperty(codePoint, UProperty.ALPHABETIC);
        }

        private static boolean isPunctuationOrSymbol(int type) {
            return switch (type) {
                case UCharacterCategory.CONNECTOR_PUNCTUATION, UCharacterCategory.DASH_PUNCTUATION,
                     UCharacterCategory.START_PUNCTUATION, UCharacterCategory.END_PUNCTUATION,
                     UCharacterCategory.INITIAL_PUNCTUATION, UCharacterCategory.FINAL_PUNCTUATION,
                     UCharacterCategory.OTHER_PUNCTUATION, UCharacterCategory.MATH_SYMBOL,
                     UCharacterCategory.CURRENCY_SYMBOL, UCharacterCategory.MODIFIER_SYMBOL,
                     UCharacterCategory.OTHER_SYMBOL -> true;
                default -> false;
            };
        }
    }

    /** Counts per {@link Kind}, by ordinal. */
    private static final class Characters {
        final long[] byKind = new long[Kind.values().length];
        long total;
        long latinWords;

        void add(Kind kind) {
            byKind[kind.ordinal()]++;
        }

        void close() {
            total = 0;
            for (Kind kind : Kind.values()) {
                if (kind != Kind.WHITESPACE) {
                    total += byKind[kind.ordinal()];
                }
            }
        }

        CountingReceipt.Breakdown breakdown() {
            return new CountingReceipt.Breakdown(byKind[Kind.KANJI.ordinal()], byKind[Kind.KANA.ordinal()],
                    byKind[Kind.LATIN.ordinal()], latinWords, byKind[Kind.DIGIT.ordinal()],
                    byKind[Kind.PUNCTUATION.ordinal()], byKind[Kind.OTHER.ordinal()]);
        }
    }
}
