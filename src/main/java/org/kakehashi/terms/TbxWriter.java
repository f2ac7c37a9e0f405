package org.kakehashi.terms;

import org.kakehashi.language.LanguageTag;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes concepts as a TBX-Basic file of ISO 30042:2019 (TBX v3, DCA style). The subject field, definition,
 * source and note are the concept's, so they are written at the {@code conceptEntry} level, where the TBX-Basic
 * dialect allows each of them; each language's terms follow in a {@code langSec}, one {@code termSec} a term.
 */
final class TbxWriter {

    private static final String NAMESPACE = "urn:iso:std:iso:30042:ed-2";

    /** Control characters a spreadsheet may carry into a term, which XML 1.0 cannot hold at all. */
    private static final Pattern NOT_XML = Pattern.compile("[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}"
            + "\\x{10000}-\\x{10FFFF}]");

    private final XMLStreamWriter xml;
    private int depth;

    private TbxWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    /**
     * @throws IllegalArgumentException for a concept without a term, which TBX cannot hold
     * @throws UncheckedIOException when the output fails
     */
    static void write(List<Concept> concepts, String title, OutputStream out) {
        concepts.stream().filter(concept -> concept.terms().isEmpty()).findFirst().ifPresent(concept -> {
            throw new IllegalArgumentException("concept " + concept.id() + " has no term");
        });
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            new TbxWriter(xml).document(concepts, title);
            xml.close();
            out.flush();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void document(List<Concept> concepts, String title) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(NAMESPACE);
        start("tbx");
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeAttribute("type", "TBX-Basic");
        xml.writeAttribute("style", "dca");
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "en");
        start("tbxHeader");
        start("fileDesc");
        if (title != null && !title.isBlank()) {
            start("titleStmt");
            leaf("title", null, title);
            end();
        }
        start("sourceDesc");
        leaf("p", null, "Kakehashi");
        end();
        end();
        end();
        start("text");
        start("body");
        for (Concept concept : concepts) {
            conceptEntry(concept);
        }
        end();
        end();
        end();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
    }

    private void conceptEntry(Concept concept) throws XMLStreamException {
        start("conceptEntry");
        if (concept.id() != null) {
            xml.writeAttribute("id", ConceptEntryId.toXml(concept.id()));
        }
        leaf("descrip", "subjectField", concept.subjectField());
        leaf("descrip", "definition", concept.definition());
        leaf("admin", "source", concept.source());
        leaf("note", null, concept.note());
        Map<LanguageTag, List<TermForm>> languages = new LinkedHashMap<>();
        for (TermForm term : concept.terms()) {
            languages.computeIfAbsent(term.language(), language -> new ArrayList<>()).add(term);
        }
        for (Map.Entry<LanguageTag, List<TermForm>> language : languages.entrySet()) {
            start("langSec");
            xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", language.getKey().value());
            for (TermForm term : language.getValue()) {
                termSec(term);
            }
            end();
        }
        end();
    }

    private void termSec(TermForm term) throws XMLStreamException {
        start("termSec");
        leaf("term", null, term.text());
        leaf("termNote", "partOfSpeech", partOfSpeech(term.partOfSpeech()));
        leaf("termNote", "administrativeStatus", AdministrativeStatus.of(term.status()));
        end();
    }

    /** TBX-Basic 2008's properNoun is no longer on the picklist of TBX-Basic for TBX v3: a proper noun is a noun. */
    private static String partOfSpeech(String partOfSpeech) {
        return "properNoun".equals(partOfSpeech) ? "noun" : partOfSpeech;
    }

    private void start(String name) throws XMLStreamException {
        indent();
        xml.writeStartElement(NAMESPACE, name);
        depth++;
    }

    private void end() throws XMLStreamException {
        depth--;
        indent();
        xml.writeEndElement();
    }

    /** An element holding text and nothing else, left out when there is no text. */
    private void leaf(String name, String type, String text) throws XMLStreamException {
        if (text == null) {
            return;
        }
        indent();
        xml.writeStartElement(NAMESPACE, name);
        if (type != null) {
            xml.writeAttribute("type", type);
        }
        xml.writeCharacters(NOT_XML.matcher(text).replaceAll(""));
        xml.writeEndElement();
    }

    private void indent() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
