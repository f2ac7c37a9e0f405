package org.kakehashi.document;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.EventType;
import net.sf.okapi.common.IResource;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.annotation.AltTranslationsAnnotation;
import net.sf.okapi.common.filterwriter.XLIFFWriter;
import net.sf.okapi.common.filterwriter.XLIFFWriterParameters;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.Ending;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.query.MatchType;
import net.sf.okapi.common.resource.StartDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.filters.xliff2.OkpToX2Converter;
import net.sf.okapi.lib.xliff2.core.Fragment;
import net.sf.okapi.lib.xliff2.core.StartFileData;
import net.sf.okapi.lib.xliff2.core.StartXliffData;
import net.sf.okapi.lib.xliff2.core.TargetState;
import net.sf.okapi.lib.xliff2.matches.Match;
import org.kakehashi.language.LanguageTag;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Writes a job's segmented units as XLIFF 2.1 (Okapi's XLIFF 2 library) or XLIFF 1.2 (Okapi's XLIFF writer), the
 * job named in the file's {@code original}. Inline codes go out as placeholders a CAT tool shows as tags; their
 * original markup stays in Kakehashi, which puts it back when the file returns.
 */
final class ExchangeFileWriter {

    private final ExchangeFormat format;
    private final String job;
    private final LanguageTag source;
    private final LanguageTag target;
    private final Map<String, List<Suggestion>> suggestions;

    ExchangeFileWriter(ExchangeFormat format, String job, LanguageTag source, LanguageTag target,
                       Map<String, List<Suggestion>> suggestions) {
        this.format = format;
        this.job = job;
        this.source = source;
        this.target = target;
        this.suggestions = suggestions;
    }

    byte[] write(List<ITextUnit> units) {
        List<ITextUnit> suggested = units.stream().map(this::withSuggestions).toList();
        return format == ExchangeFormat.XLIFF_1_2 ? version12(suggested) : version21(suggested);
    }

    /**
     * A copy of the unit whose target segments carry the memory's matches and the machine's drafts for them, which
     * Okapi's writers put out as {@code <alt-trans>} (1.2) and {@code <mtc:match>} (2.1) with their score (or
     * type {@code mt}) and origin. The targets stay empty but for the drafts in 2.1 ({@link #draft}).
     */
    private ITextUnit withSuggestions(ITextUnit unit) {
        ITextUnit copy = unit.clone();
        LocaleId sourceLocale = LocaleId.fromBCP47(source.value());
        LocaleId targetLocale = LocaleId.fromBCP47(target.value());
        TextContainer translation = copy.createTarget(targetLocale, true, IResource.COPY_SEGMENTATION);
        boolean any = false;
        for (Segment segment : translation.getSegments()) {
            List<Suggestion> offered = suggestions.get(TranslatableText.segmentId(copy, segment));
            if (offered == null || offered.isEmpty()) {
                continue;
            }
            AltTranslationsAnnotation matches = new AltTranslationsAnnotation();
            for (Suggestion suggestion : offered) {
                matches.add(sourceLocale, targetLocale, copy.getSource().getSegments().get(segment.getId())
                                .getContent(), new TextFragment(suggestion.source()),
                        new TextFragment(suggestion.target()),
                        suggestion.machine() ? MatchType.MT
                                : suggestion.score() == 100 ? MatchType.EXACT : MatchType.FUZZY, suggestion.score(),
                        suggestion.origin());
            }
            segment.setAnnotation(matches);
            any = true;
        }
        if (!any) {
            copy.removeTarget(targetLocale);
        }
        return copy;
    }

    private byte[] version21(List<ITextUnit> units) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LocaleId targetLocale = LocaleId.fromBCP47(target.value());
        OkpToX2Converter converter = new OkpToX2Converter();
        try (net.sf.okapi.lib.xliff2.writer.XLIFFWriter writer = new net.sf.okapi.lib.xliff2.writer.XLIFFWriter()) {
            writer.create(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), source.value(), target.value());
            writer.setWithOriginalData(false);
            StartXliffData start = new StartXliffData(ExchangeFormat.XLIFF_2_1.version());
            start.setSourceLanguage(source.value());
            start.setTargetLanguage(target.value());
            writer.writeStartDocument(start, null);
            StartFileData file = new StartFileData("f1");
            file.setOriginal(job);
            writer.writeStartFile(file);
            for (ITextUnit unit : units) {
                for (net.sf.okapi.lib.xliff2.reader.Event event : converter.textUnit(deletable(unit), targetLocale)) {
                    if (event.isUnit()) {
                        writer.writeUnit(withMatches(event.getUnit(), unit.getId()));
                    }
                }
            }
            writer.writeEndFile();
            writer.writeEndDocument();
        }
        return bytes.toByteArray();
    }

    /** The XLIFF 2 unit with the memory's matches for its segments in the Translation Candidates module. */
    private net.sf.okapi.lib.xliff2.core.Unit withMatches(net.sf.okapi.lib.xliff2.core.Unit unit, String unitId) {
        for (net.sf.okapi.lib.xliff2.core.Segment segment : unit.getSegments()) {
            List<Suggestion> offered = suggestions.get(unitId + ":" + segment.getId());
            if (offered == null) {
                continue;
            }
            for (Suggestion suggestion : offered) {
                Match match = new Match();
                match.setRef("#" + segment.getId());
                if (suggestion.machine()) {
                    match.setType("mt");
                    draft(segment, suggestion.target());
                } else {
                    match.setSimilarity((double) suggestion.score());
                    match.setType("tm");
                }
                match.setOrigin(suggestion.origin());
                match.setSource(new Fragment(match.getStore(), false, suggestion.source()));
                match.setTarget(new Fragment(match.getStore(), true, suggestion.target()));
                unit.getMatches().add(match);
            }
        }
        return unit;
    }

    /**
     * A machine's draft as the segment's target, marked as one: state {@code initial}, sub-state
     * {@code kakehashi:machine-draft}, so that a CAT tool shows it as a draft to edit.
     */
    private static void draft(net.sf.okapi.lib.xliff2.core.Segment segment, String text) {
        segment.setTarget(text);
        segment.setState(TargetState.INITIAL);
        segment.setSubState("kakehashi:machine-draft");
    }

    /**
     * The unit with its codes marked as ones a tool may delete: a reader of XLIFF 2 refuses a whole file whose
     * target lacks a code that may not be deleted, where Kakehashi names the segment and the code instead.
     */
    private static ITextUnit deletable(ITextUnit unit) {
        ITextUnit copy = unit.clone();
        for (Segment segment : copy.getSource().getSegments()) {
            for (Code code : segment.getContent().getCodes()) {
                code.setDeleteable(true);
            }
        }
        return copy;
    }

    private byte[] version12(List<ITextUnit> units) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LocaleId sourceLocale = LocaleId.fromBCP47(source.value());
        try (XLIFFWriter writer = new XLIFFWriter()) {
            XLIFFWriterParameters parameters = writer.getParameters();
            parameters.setPlaceholderMode(true);
            parameters.setCopySource(false);
            parameters.setIncludeAltTrans(true);
            parameters.setToolId("kakehashi");
            parameters.setToolName("Kakehashi");
            writer.setOptions(LocaleId.fromBCP47(target.value()), "UTF-8");
            writer.setOutput(bytes);
            StartDocument start = new StartDocument("sd1");
            start.setName(job);
            start.setLocale(sourceLocale);
            start.setEncoding("UTF-8", false);
            start.setMimeType("text/plain");
            start.setLineBreak("\n");
            writer.handleEvent(new Event(EventType.START_DOCUMENT, start));
            for (ITextUnit unit : units) {
                writer.handleEvent(new Event(EventType.TEXT_UNIT, unit));
            }
            writer.handleEvent(new Event(EventType.END_DOCUMENT, new Ending("ed1")));
        }
        return bytes.toByteArray();
    }
}
