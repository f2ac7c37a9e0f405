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
    private static final int MANUSCRIPT_PAGE = 400;

    private final CountingRates rates;

    public TextCounter(CountingRates rates) {
        this.rates = rates;
    }

    public CountingReceipt count(String text, LanguageTag language) {
        Characters characters = countCharacters(text);
        long words = countWords(text, language);
        boolean inCharacters = COUNTED_IN_CHARACTERS.contains(language.language());
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
            int codePoint = text.codePointAt(start);
            Kind kind = Kind.of(codePoint);
            if (kind == Kind.LATIN && !inLatinWord) {
                counts.latinWords++;
            }
            inLatinWord = kind == Kind.LATIN;
            counts.add(kind);
        }
        return counts;
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

        static Kind of(int codePoint) {
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

    private static final class Characters {
        long total;
        long kanji;
        long kana;
        long latinLetters;
        long latinWords;
        long digits;
        long punctuation;
        long other;

        void add(Kind kind) {
            switch (kind) {
                case WHITESPACE -> {
                    return;
                }
                case KANJI -> kanji++;
                case KANA -> kana++;
                case LATIN -> latinLetters++;
                case DIGIT -> digits++;
                case PUNCTUATION -> punctuation++;
                case OTHER -> other++;
            }
            total++;
        }

        CountingReceipt.Breakdown breakdown() {
            return new CountingReceipt.Breakdown(kanji, kana, latinLetters, latinWords, digits, punctuation, other);
        }
    }
}
