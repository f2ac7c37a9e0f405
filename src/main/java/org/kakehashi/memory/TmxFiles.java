package org.kakehashi.memory;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.XMLWriter;
import net.sf.okapi.common.filterwriter.TMXWriter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.filters.tmx.Parameters;
import net.sf.okapi.filters.tmx.TmxFilter;
import org.kakehashi.document.TaggedText;
import org.kakehashi.language.InvalidLanguageTagException;
import org.kakehashi.language.LanguageTag;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * TMX 1.4b in and out through Okapi: an office's memory from OmegaT or Trados read into pairs, and Kakehashi's
 * memory written with where each pair came from as {@code <prop>}s, which a later import reads back. Inline codes
 * go out as TMX's {@code <bpt>}, {@code <ept>} and {@code <ph>} and come back as the memory's tags. A file with a
 * document type declaration is refused before any parser sees it.
 */
final class TmxFiles {

    private static final Pattern DOCTYPE = Pattern.compile("<!(DOCTYPE|ENTITY)", Pattern.CASE_INSENSITIVE);
    private static final String REQUEST = "x-kakehashi-request";
    private static final String DEPARTMENT = "x-kakehashi-department";
    private static final String TRANSLATOR = "x-kakehashi-translator";
    private static final String REVIEWER = "x-kakehashi-reviewer";
    private static final String DATE = "x-kakehashi-date";

    /** A pair read from a TMX file, with the provenance it declares. */
    record Pair(LanguageTag sourceLanguage, LanguageTag targetLanguage, String source, String target,
                Provenance provenance) {
    }

    private TmxFiles() {
    }

    /**
     * Every pair of the file from its source language (the header's {@code srclang}) into each other language of a
     * unit.
     *
     * @throws MemoryProblem on {@code file} when the file is not TMX or names no source language
     */
    static List<Pair> read(byte[] tmx) {
        if (DOCTYPE.matcher(new String(tmx, 0, Math.min(tmx.length, 4096), StandardCharsets.UTF_8)).find()) {
            throw MemoryProblem.invalid("file", "memory.tmx-doctype");
        }
        Header header = Header.of(tmx);
        List<Pair> pairs = new ArrayList<>();
        for (LanguageTag target : header.languages()) {
            if (target.equals(header.source())) {
                continue;
            }
            Parameters parameters = new Parameters();
            parameters.setExitOnInvalid(false);
            try (TmxFilter filter = new TmxFilter()) {
                filter.setParameters(parameters);
                LocaleId targetLocale = LocaleId.fromBCP47(target.value());
                filter.open(new RawDocument(new ByteArrayInputStream(tmx), "UTF-8",
                        LocaleId.fromBCP47(header.source().value()), targetLocale));
                while (filter.hasNext()) {
                    Event event = filter.next();
                    if (event.isTextUnit()) {
                        pairOf(event.getTextUnit(), header.source(), target, targetLocale).ifPresent(pairs::add);
                    }
                }
            } catch (RuntimeException e) {
                if (e instanceof MemoryProblem problem) {
                    throw problem;
                }
                throw MemoryProblem.invalid("file", "memory.tmx-broken");
            }
        }
        return pairs;
    }

    static byte[] write(List<MemoryEntry> entries, LanguageTag source) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new Writer(bytes, source, entries.isEmpty() ? null : entries.get(0).targetLanguage())) {
            entries.forEach(writer::add);
        }
        return bytes.toByteArray();
    }

    /** A TMX file written as the memory is read, a unit at a time. */
    static final class Writer implements AutoCloseable {

        private final TMXWriter tmx;

        /** @param headerTarget a target language for the header, which Okapi's writer wants; each unit names its own */
        Writer(OutputStream output, LanguageTag source, LanguageTag headerTarget) {
            tmx = new TMXWriter(new XMLWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8)));
            LocaleId sourceLocale = LocaleId.fromBCP47(source.value());
            tmx.writeStartDocument(sourceLocale, headerTarget == null ? sourceLocale
                    : LocaleId.fromBCP47(headerTarget.value()), "Kakehashi", "1", "sentence", null, "plaintext");
        }

        void add(MemoryEntry entry) {
            Map<String, String> props = new LinkedHashMap<>();
            Provenance from = entry.provenance();
            put(props, REQUEST, from.request());
            put(props, DEPARTMENT, from.department());
            put(props, TRANSLATOR, from.translator());
            put(props, REVIEWER, from.reviewer());
            put(props, DATE, from.date() == null ? null : from.date().toString());
            tmx.writeTU(TaggedText.parse(entry.source()), TaggedText.parse(entry.target()), null, props,
                    LocaleId.fromBCP47(entry.targetLanguage().value()));
        }

        @Override
        public void close() {
            tmx.writeEndDocument();
            tmx.close();
        }
    }

    private static Optional<Pair> pairOf(ITextUnit unit, LanguageTag sourceLanguage,
                                                   LanguageTag targetLanguage, LocaleId targetLocale) {
        TextContainer target = unit.getTarget(targetLocale);
        if (target == null) {
            return Optional.empty();
        }
        String source = TaggedText.of(unit.getSource().getUnSegmentedContentCopy()).strip();
        String translation = TaggedText.of(target.getUnSegmentedContentCopy()).strip();
        if (!MemoryEntry.fits(source) || !MemoryEntry.fits(translation)) {
            return Optional.empty();
        }
        String date = property(unit, DATE);
        return Optional.of(new Pair(sourceLanguage, targetLanguage, source, translation,
                new Provenance(Provenance.Origin.IMPORT, property(unit, REQUEST), property(unit, DEPARTMENT),
                        property(unit, TRANSLATOR), property(unit, REVIEWER),
                        date == null ? null : LocalDate.parse(date))));
    }

    private static String property(ITextUnit unit, String name) {
        Property property = unit.getProperty(name);
        return property == null || property.getValue() == null || property.getValue().isBlank() ? null
                : property.getValue();
    }

    private static void put(Map<String, String> props, String name, String value) {
        if (value != null) {
            props.put(name, value);
        }
    }

    /** The header's source language and every language a {@code <tuv>} is in, read before Okapi reads the file. */
    private record Header(LanguageTag source, List<LanguageTag> languages) {

        static Header of(byte[] tmx) {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            LanguageTag source = null;
            List<LanguageTag> languages = new ArrayList<>();
            try {
                XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(tmx));
                boolean root = true;
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    if (root && !xml.getLocalName().equals("tmx")) {
                        throw MemoryProblem.invalid("file", "memory.tmx-broken");
                    }
                    root = false;
                    if (xml.getLocalName().equals("header")) {
                        source = language(xml.getAttributeValue(null, "srclang"));
                    } else if (xml.getLocalName().equals("tuv")) {
                        LanguageTag language = language(xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang"));
                        if (language != null && !languages.contains(language)) {
                            languages.add(language);
                        }
                    }
                }
            } catch (XMLStreamException e) {
                throw MemoryProblem.invalid("file", "memory.tmx-broken");
            }
            if (source == null) {
                throw MemoryProblem.invalid("file", "memory.tmx-no-source-language");
            }
            return new Header(source, languages);
        }

        private static LanguageTag language(String tag) {
            if (tag == null || tag.isBlank() || tag.strip().toLowerCase(Locale.ROOT).equals("*all*")) {
                return null;
            }
            try {
                return LanguageTag.of(tag.strip());
            } catch (InvalidLanguageTagException e) {
                return null;
            }
        }
    }
}
