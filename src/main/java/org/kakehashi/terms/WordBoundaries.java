package org.kakehashi.terms;

import com.ibm.icu.text.BreakIterator;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.kakehashi.language.LanguageTag;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

/**
 * Where a term may begin and end in a text: at the language's word boundaries. Japanese is cut into words by
 * Kuromoji (IPADIC); a word bound to a prefix before it or a suffix after it is part of a longer word, so 市長 is
 * not found in 副市長 (副 a prefix) nor in 市長室 (室 a suffix). Other languages by ICU's word boundaries, which
 * know Chinese words from ICU's dictionary.
 */
final class WordBoundaries {

    private static final String PREFIX = "接頭詞";
    private static final String SUFFIX = "名詞-接尾";

    private final boolean[] starts;
    private final boolean[] ends;

    private WordBoundaries(int length) {
        this.starts = new boolean[length + 1];
        this.ends = new boolean[length + 1];
    }

    static WordBoundaries of(String text, LanguageTag language) {
        return "ja".equals(language.language()) ? japanese(text) : icu(text, language);
    }

    boolean mayStart(int index) {
        return starts[index];
    }

    boolean mayEnd(int index) {
        return ends[index];
    }

    private static WordBoundaries japanese(String text) {
        WordBoundaries boundaries = new WordBoundaries(text.length());
        try (JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL)) {
            OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
            PartOfSpeechAttribute partOfSpeech = tokenizer.addAttribute(PartOfSpeechAttribute.class);
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            int previousEnd = -1;
            boolean previousPrefix = false;
            while (tokenizer.incrementToken()) {
                String pos = partOfSpeech.getPartOfSpeech() == null ? "" : partOfSpeech.getPartOfSpeech();
                int start = offset.startOffset();
                boolean boundToPrefix = previousPrefix && previousEnd == start;
                boundaries.starts[start] = !boundToPrefix;
                if (previousEnd == start && pos.startsWith(SUFFIX)) {
                    boundaries.ends[start] = false;
                } else if (previousEnd >= 0) {
                    boundaries.ends[previousEnd] = true;
                }
                previousEnd = offset.endOffset();
                previousPrefix = pos.startsWith(PREFIX);
            }
            if (previousEnd >= 0) {
                boundaries.ends[previousEnd] = true;
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return boundaries;
    }

    private static WordBoundaries icu(String text, LanguageTag language) {
        WordBoundaries boundaries = new WordBoundaries(text.length());
        BreakIterator words = BreakIterator.getWordInstance(language.locale());
        words.setText(text);
        for (int at = words.first(); at != BreakIterator.DONE; at = words.next()) {
            boundaries.starts[at] = true;
            boundaries.ends[at] = true;
        }
        return boundaries;
    }
}
