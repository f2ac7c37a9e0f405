package org.kakehashi.document;

import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextPart;
import net.sf.okapi.common.resource.TextUnit;
import org.kakehashi.language.LanguageTag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What a translator translates, sentence by sentence: the text units of a requester's document, or the lines of
 * their pasted text, each split into sentences by the office's rules. It goes out as an exchange file for a CAT
 * tool and comes back as a translation: the text, and the document rebuilt around it where its format keeps a
 * layout. A segment's id is its unit's and its own, {@code tu3:1}, and stays the same whenever the source is read.
 */
public final class TranslatableText {

    /** Scripts written without spaces between sentences. */
    private static final Set<String> UNSPACED = Set.of("ja", "zh", "th", "lo", "km", "my");

    private final LanguageTag source;
    private final List<ITextUnit> units;
    private final SourceDocument document;
    private final List<String> lines;

    private record SourceDocument(byte[] bytes, DocumentType type) {
    }

    private TranslatableText(LanguageTag source, List<ITextUnit> units, SourceDocument document, List<String> lines) {
        this.source = source;
        this.units = units;
        this.document = document;
        this.lines = lines;
    }

    /** Whether a document of the type has text to translate, and whether it can be rebuilt with a translation. */
    public static boolean extracts(DocumentType type) {
        return DocumentTranslation.extracts(type);
    }

    public static boolean rebuilds(DocumentType type) {
        return DocumentTranslation.merges(type);
    }

    /** @throws RefusedDocumentException for a format with no text to translate */
    public static TranslatableText ofDocument(byte[] bytes, DocumentType type, LanguageTag source) {
        if (!extracts(type)) {
            throw new RefusedDocumentException(RefusedDocumentException.Reason.UNKNOWN_FORMAT);
        }
        return new TranslatableText(source, DocumentTranslation.units(bytes, type, source),
                new SourceDocument(bytes, type), null);
    }

    /** A pasted text: each line that is not blank a unit, {@code line1}, {@code line2}, … by its line number. */
    public static TranslatableText ofText(String text, LanguageTag source) {
        List<String> lines = text.lines().toList();
        Sentences sentences = new Sentences(source);
        List<ITextUnit> units = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                ITextUnit unit = new TextUnit(lineId(i), lines.get(i).strip());
                sentences.split(unit.getSource());
                units.add(unit);
            }
        }
        return new TranslatableText(source, units, null, lines);
    }

    public LanguageTag source() {
        return source;
    }

    /** The source text, a unit to a line. */
    public String text() {
        return String.join("\n", units.stream().map(unit -> unit.getSource().getUnSegmentedContentCopy().getText())
                .toList());
    }

    public List<Segment> segments() {
        return sentencesByUnit().values().stream().flatMap(List::stream).toList();
    }

    /** The sentences of each unit (a paragraph, a cell, a line), by the unit's id, in the order of the source. */
    public Map<String, List<Segment>> sentencesByUnit() {
        Map<String, List<Segment>> sentences = new LinkedHashMap<>();
        for (ITextUnit unit : units) {
            List<Segment> ofUnit = new ArrayList<>();
            for (net.sf.okapi.common.resource.Segment segment : unit.getSource().getSegments()) {
                ofUnit.add(new Segment(segmentId(unit, segment), segment.getContent().getText(),
                        TaggedText.of(segment.getContent())));
            }
            sentences.put(unit.getId(), ofUnit);
        }
        return sentences;
    }

    /**
     * Another text's sentences as translations of these: sentence to sentence where both units have as many, else
     * unit to unit. Units are paired by id, or in order when the two texts' ids differ but their counts do not; a
     * text of another shape pairs nothing.
     */
    public List<Aligned> alignedWith(TranslatableText translation) {
        Map<String, List<Segment>> sources = sentencesByUnit();
        Map<String, List<Segment>> targets = translation.sentencesByUnit();
        List<String> sourceUnits = new ArrayList<>(sources.keySet());
        List<String> targetUnits = new ArrayList<>(targets.keySet());
        boolean sameUnits = sourceUnits.equals(targetUnits);
        List<Aligned> aligned = new ArrayList<>();
        if (!sameUnits && sourceUnits.size() != targetUnits.size()) {
            return aligned;
        }
        for (int i = 0; i < sourceUnits.size(); i++) {
            List<Segment> from = sources.get(sourceUnits.get(i));
            List<Segment> to = targets.get(sameUnits ? sourceUnits.get(i) : targetUnits.get(i));
            if (from.isEmpty() || to == null || to.isEmpty()) {
                continue;
            }
            if (from.size() == to.size()) {
                for (int s = 0; s < from.size(); s++) {
                    aligned.add(new Aligned(List.of(from.get(s)), List.of(to.get(s)), spaced(source),
                            spaced(translation.source)));
                }
            } else {
                aligned.add(new Aligned(from, to, spaced(source), spaced(translation.source)));
            }
        }
        return aligned;
    }

    /** Sentences of the source and their translation: one and one, or a whole unit and its translation. */
    public record Aligned(List<Segment> source, List<Segment> target, boolean sourceSpaced, boolean targetSpaced) {

        public String sourceTagged() {
            return String.join(sourceSpaced ? " " : "", source.stream().map(Segment::tagged).toList());
        }

        public String targetTagged() {
            return String.join(targetSpaced ? " " : "", target.stream().map(Segment::tagged).toList());
        }
    }

    /** The exchange file of the job (named in it, so that another job's file is told apart when it comes back). */
    public byte[] exchangeFile(ExchangeFormat format, String job, LanguageTag target) {
        return exchangeFile(format, job, target, Map.of());
    }

    /** @param suggestions the memory's matches for a segment, by its id, offered in the file */
    public byte[] exchangeFile(ExchangeFormat format, String job, LanguageTag target,
                               Map<String, List<Suggestion>> suggestions) {
        return new ExchangeFileWriter(format, job, source, target, suggestions).write(units);
    }

    /**
     * The translation an exchange file holds, every segment's inline codes restored.
     *
     * @throws ExchangeFileProblem when the file is another job's or in other languages, leaves a segment
     *                             untranslated, or does not give back a segment's codes as they were
     */
    public Translation translatedBy(TranslatedFile file, String job, LanguageTag target) {
        file.requireJob(job, source, target);
        return translatedBy(file::target, target, "xliff");
    }

    /**
     * The translation a translator wrote segment by segment in the editor, each segment's tags put back.
     *
     * @param tagged each segment's translation, by its id, with the source's tags
     * @throws ExchangeFileProblem when a segment is untranslated or does not keep its tags as they were
     */
    public Translation translatedBy(Map<String, String> tagged, LanguageTag target) {
        return translatedBy(id -> {
            String translation = tagged.get(id);
            return translation == null ? null : TaggedText.parse(translation);
        }, target, "segments");
    }

    private Translation translatedBy(Function<String, TextFragment> targets, LanguageTag target, String field) {
        Map<String, TextContainer> translated = new LinkedHashMap<>();
        List<String> untranslated = new ArrayList<>();
        int total = 0;
        for (ITextUnit unit : units) {
            TextFragment joined = new TextFragment();
            net.sf.okapi.common.resource.Segment previous = null;
            for (TextPart part : unit.getSource().getParts()) {
                if (!part.isSegment()) {
                    if (spaced(source) || spaced(target) || !part.getContent().getText().isBlank()) {
                        joined.append(part.getContent().clone());
                    }
                    previous = null;
                    continue;
                }
                net.sf.okapi.common.resource.Segment segment = (net.sf.okapi.common.resource.Segment) part;
                total++;
                String id = segmentId(unit, segment);
                TextFragment translation = targets.apply(id);
                if (translation == null || translation.getText().isBlank()) {
                    untranslated.add(id);
                    continue;
                }
                if (previous != null && !spaced(source) && spaced(target)) {
                    joined.append(' ');
                }
                joined.append(InlineCodes.restore(field, id, segment.getContent(), translation));
                previous = segment;
            }
            translated.put(unit.getId(), new TextContainer(joined));
        }
        if (!untranslated.isEmpty()) {
            throw ExchangeFileProblem.untranslated(field, untranslated.size(), total, untranslated.get(0));
        }
        return new Translation(textOf(translated),
                document != null && rebuilds(document.type())
                        ? DocumentTranslation.merge(document.bytes(), document.type(), source, target, translated)
                        : null);
    }

    /** The translated text: a document's units one per line; a pasted text's lines where they were. */
    private String textOf(Map<String, TextContainer> translated) {
        if (lines == null) {
            return String.join("\n", translated.values().stream()
                    .map(unit -> unit.getUnSegmentedContentCopy().getText()).toList());
        }
        List<String> text = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            TextContainer line = translated.get(lineId(i));
            text.add(line == null ? "" : line.getUnSegmentedContentCopy().getText());
        }
        return String.join("\n", text);
    }

    /** Whether the language puts a space between its sentences (not Japanese, Chinese or Thai). */
    public static boolean spaced(LanguageTag language) {
        return !UNSPACED.contains(language.language());
    }

    static String segmentId(ITextUnit unit, net.sf.okapi.common.resource.Segment segment) {
        return unit.getId() + ":" + segment.getId();
    }

    private static String lineId(int index) {
        return "line" + (index + 1);
    }
}
