package org.kakehashi.document;

import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.lib.segmentation.SRXDocument;
import org.kakehashi.language.LanguageTag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A text's sentences, where the office's SRX rules ({@code sentences.srx}) say they end: the translator's segments.
 * One splitter serves one text at a time: Okapi's segmenter keeps the last text's ranges.
 */
final class Sentences {

    private static final SRXDocument RULES = load();

    private final ISegmenter segmenter;

    Sentences(LanguageTag language) {
        synchronized (RULES) {
            segmenter = RULES.compileLanguageRules(LocaleId.fromBCP47(language.value()), null);
        }
    }

    /**
     * Splits the content into segments, {@code s1}, {@code s2}, …; the blanks between sentences stay outside them.
     * The ids are not numbers because XLIFF 2 wants a unit's segments and inline codes to have ids apart.
     */
    void split(TextContainer content) {
        segmenter.computeSegments(content);
        content.getSegments().create(segmenter.getRanges());
        int number = 0;
        for (Segment segment : content.getSegments()) {
            segment.setId("s" + ++number);
        }
    }

    private static SRXDocument load() {
        try (InputStream rules = Sentences.class.getResourceAsStream("sentences.srx")) {
            SRXDocument document = new SRXDocument();
            document.loadRules(rules);
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
