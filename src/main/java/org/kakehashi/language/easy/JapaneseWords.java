package org.kakehashi.language.easy;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.InflectionAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts Japanese into {@link Word}s with Kuromoji in its normal mode (compounds such as 市役所 stay whole),
 * punctuation kept. One analyzer serves every call: Lucene keeps one tokenizer per thread and resets it for each
 * text, and Kuromoji loads its dictionaries once per class loader, so a call costs only the cutting itself.
 */
final class JapaneseWords {

    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL));
        }
    };

    private JapaneseWords() {
    }

    /** The words of {@code text}, with their offsets moved by {@code offset}; whitespace is left out. */
    static List<Word> of(String text, int offset) {
        List<Word> words = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute place = stream.addAttribute(OffsetAttribute.class);
            PartOfSpeechAttribute partOfSpeech = stream.addAttribute(PartOfSpeechAttribute.class);
            BaseFormAttribute baseForm = stream.addAttribute(BaseFormAttribute.class);
            InflectionAttribute inflection = stream.addAttribute(InflectionAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String surface = term.toString();
                if (surface.chars().allMatch(c -> Sentences.isBlank(c))) {
                    continue;
                }
                String lemma = baseForm.getBaseForm() == null ? surface : baseForm.getBaseForm();
                words.add(new Word(surface, offset + place.startOffset(), offset + place.endOffset(),
                        orEmpty(partOfSpeech.getPartOfSpeech()), lemma, orEmpty(inflection.getInflectionForm())));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
