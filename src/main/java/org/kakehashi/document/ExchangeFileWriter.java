package org.kakehashi.document;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.EventType;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filterwriter.XLIFFWriter;
import net.sf.okapi.common.filterwriter.XLIFFWriterParameters;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.Ending;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.StartDocument;
import net.sf.okapi.filters.xliff2.OkpToX2Converter;
import net.sf.okapi.lib.xliff2.core.StartFileData;
import net.sf.okapi.lib.xliff2.core.StartXliffData;
import org.kakehashi.language.LanguageTag;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

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

    ExchangeFileWriter(ExchangeFormat format, String job, LanguageTag source, LanguageTag target) {
        this.format = format;
        this.job = job;
        this.source = source;
        this.target = target;
    }

    byte[] write(List<ITextUnit> units) {
        return format == ExchangeFormat.XLIFF_1_2 ? version12(units) : version21(units);
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
                        writer.writeUnit(event.getUnit());
                    }
                }
            }
            writer.writeEndFile();
            writer.writeEndDocument();
        }
        return bytes.toByteArray();
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
