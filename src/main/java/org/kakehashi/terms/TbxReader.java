package org.kakehashi.terms;

import org.kakehashi.language.InvalidLanguageTagException;
import org.kakehashi.language.LanguageTag;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the concepts of a TBX file: TBX v3 ({@code <tbx>}, {@code conceptEntry}, {@code langSec},
 * {@code termSec}) and the TBX v2 that older tools still write ({@code <martif>}, {@code termEntry},
 * {@code langSet}, {@code tig} or {@code ntig}). Elements are known by their local names, so any edition's
 * namespace, or none, reads. Of a term, its part of speech and status are kept; of a concept, its subject field,
 * definition, source and notes. A definition or source given per language, as TBX-Basic allows, stands for the
 * concept when the concept has none of its own.
 */
final class TbxReader {

    /**
     * Entities are refused before any parser sees the file. The external DTD that TBX v2 files name in their
     * document type declaration is allowed there, as it is never loaded. Zero bytes are dropped so that the markup
     * of a UTF-16 file reads as ASCII too.
     */
    private static final Pattern ENTITIES = Pattern.compile("<!ENTITY|<!DOCTYPE[^>\\[]*\\[",
            Pattern.CASE_INSENSITIVE);

    private static final String WOODSTOX_LAZY_PARSING = "com.ctc.wstx.lazyParsing";

    private final XMLStreamReader xml;

    private TbxReader(XMLStreamReader xml) {
        this.xml = xml;
    }

    /** @throws TermbaseFileException when the file is not TBX or holds an entry that cannot be read */
    static List<Concept> read(byte[] file) {
        if (ENTITIES.matcher(new String(file, StandardCharsets.ISO_8859_1).replace("\0", "")).find()) {
            throw new TermbaseFileException("terms.tbx-doctype");
        }
        XMLStreamReader xml = null;
        try {
            xml = factory().createXMLStreamReader(new ByteArrayInputStream(file));
            return new TbxReader(xml).concepts();
        } catch (XMLStreamException e) {
            throw new TermbaseFileException("terms.tbx-unreadable",
                    e.getLocation() == null ? "?" : String.valueOf(e.getLocation().getLineNumber()));
        } finally {
            close(xml);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("no external entity is read: " + systemId);
        });
        // Woodstox reports a broken text when it is asked for it, as an unchecked exception; this way, at once.
        if (factory.isPropertySupported(WOODSTOX_LAZY_PARSING)) {
            factory.setProperty(WOODSTOX_LAZY_PARSING, false);
        }
        return factory;
    }

    private List<Concept> concepts() throws XMLStreamException {
        int event = xml.next();
        while (event != XMLStreamConstants.START_ELEMENT) {
            event = xml.next();
        }
        String root = xml.getLocalName();
        if (!root.equals("tbx") && !root.equals("martif")) {
            throw new TermbaseFileException("terms.tbx-not-tbx", root);
        }
        List<Concept> concepts = new ArrayList<>();
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT
                    && (xml.getLocalName().equals("conceptEntry") || xml.getLocalName().equals("termEntry"))) {
                concepts.add(concept(concepts.size() + 1));
            }
        }
        return concepts;
    }

    /** @param position the entry's place in the file, which names an entry without an id */
    private Concept concept(int position) throws XMLStreamException {
        String id = ConceptEntryId.fromXml(xml.getAttributeValue(null, "id"));
        String entry = id == null ? "#" + position : id;
        Description concept = new Description();
        Description languages = new Description();
        List<TermForm> terms = new ArrayList<>();
        while (nextChild()) {
            if (is("langSec", "langSet")) {
                languageSection(entry, languages, terms);
            } else {
                describe(concept);
            }
        }
        if (terms.isEmpty()) {
            throw new TermbaseFileException("terms.tbx-entry-without-term", entry);
        }
        String definition = concept.definition != null ? concept.definition : languages.definition;
        String source = concept.source != null ? concept.source : languages.source;
        String note = concept.notes.isEmpty() ? null : String.join("\n", concept.notes);
        return new Concept(id, concept.subjectField, definition, note, source, terms);
    }

    private void languageSection(String entry, Description languages, List<TermForm> terms)
            throws XMLStreamException {
        String tag = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        LanguageTag language;
        try {
            language = LanguageTag.of(tag);
        } catch (InvalidLanguageTagException e) {
            throw new TermbaseFileException("terms.tbx-language", entry, tag == null ? "" : tag);
        }
        Description section = new Description();
        while (nextChild()) {
            if (is("termSec", "tig", "ntig")) {
                term(language, new Term()).ifComplete(terms);
            } else {
                describe(section);
            }
        }
        if (languages.definition == null) {
            languages.definition = section.definition;
        }
        if (languages.source == null) {
            languages.source = section.source;
        }
    }

    /** Reads a {@code termSec}, {@code tig} or {@code ntig}, and the {@code termGrp} within an {@code ntig}. */
    private Term term(LanguageTag language, Term term) throws XMLStreamException {
        while (nextChild()) {
            if (is("term")) {
                term.text = text();
            } else if (is("termGrp")) {
                term(language, term);
            } else if (is("termNote") && type().equals("partOfSpeech")) {
                term.partOfSpeech = partOfSpeech(text());
            } else if (is("termNote") && type().equals("administrativeStatus")) {
                term.status = AdministrativeStatus.parse(text());
            } else {
                text();
            }
        }
        term.language = language;
        return term;
    }

    /** A note, a description or an administrative datum at the level of the concept or of a language. */
    private void describe(Description into) throws XMLStreamException {
        if (is("descripGrp")) {
            while (nextChild()) {
                describe(into);
            }
            return;
        }
        String type = type();
        String text = text();
        if (text.isEmpty()) {
            return;
        }
        if (is("note")) {
            into.notes.add(text);
        } else if (is("descrip") && type.equals("subjectField") && into.subjectField == null) {
            into.subjectField = text;
        } else if (is("descrip") && type.equals("definition") && into.definition == null) {
            into.definition = text;
        } else if (is("admin") && type.equals("source") && into.source == null) {
            into.source = text;
        }
    }

    /** A part of speech off TBX-Basic's picklist says nothing a translator could rely on, so it is dropped. */
    private static String partOfSpeech(String value) {
        return TermForm.PARTS_OF_SPEECH.stream().filter(known -> known.equalsIgnoreCase(value)).findFirst()
                .orElse(null);
    }

    /** Moves to the next child of the current element; false, at the element's end, when there is none. */
    private boolean nextChild() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
        return false;
    }

    /** The text of the current element and of any inline element in it ({@code <hi>}), reading to its end. */
    private String text() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(xml.getText());
                default -> {
                }
            }
        }
        return text.toString().strip();
    }

    private boolean is(String... names) {
        for (String name : names) {
            if (xml.getLocalName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private String type() {
        String type = xml.getAttributeValue(null, "type");
        return type == null ? "" : type.strip();
    }

    private static void close(XMLStreamReader xml) {
        if (xml == null) {
            return;
        }
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // Nothing is left to read; the concepts or the refusal stand.
        }
    }

    /** What a concept or a language section says about the concept. */
    private static final class Description {
        private String subjectField;
        private String definition;
        private String source;
        private final List<String> notes = new ArrayList<>();
    }

    /** A term as read so far. */
    private static final class Term {
        private LanguageTag language;
        private String text;
        private String partOfSpeech;
        private TermStatus status = TermStatus.ADMITTED;

        /** A {@code termSec} without text names nothing and is passed over. */
        void ifComplete(List<TermForm> terms) {
            if (text != null && !text.isEmpty()) {
                terms.add(new TermForm(language, text, partOfSpeech, status));
            }
        }
    }
}
