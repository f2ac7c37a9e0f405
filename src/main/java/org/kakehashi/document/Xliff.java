package org.kakehashi.document;

import org.kakehashi.language.LanguageTag;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * XLIFF 2.0 for the coordinator's CAT tool: one unit per segment of a document, its id the segment's id; and the
 * translations read back from the file the tool returns. Reading allows no DTD and no external entities.
 */
public final class Xliff {

    static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";

    private Xliff() {
    }

    public static byte[] write(String fileId, LanguageTag source, LanguageTag target, List<Segment> segments) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("xliff");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("version", "2.0");
            xml.writeAttribute("srcLang", source.value());
            xml.writeAttribute("trgLang", target.value());
            xml.writeStartElement("file");
            xml.writeAttribute("id", fileId);
            for (Segment segment : segments) {
                xml.writeStartElement("unit");
                xml.writeAttribute("id", segment.id());
                xml.writeStartElement("segment");
                xml.writeStartElement("source");
                xml.writeCharacters(segment.text());
                xml.writeEndElement();
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XLIFF", e);
        }
        return bytes.toByteArray();
    }

    /** The targets of a translated XLIFF 2 file, by unit id; units without a target are left out. */
    public static Map<String, String> readTargets(byte[] xliff) {
        if (XmlGuard.declaresDocumentType(new String(xliff, 0, Math.min(xliff.length, 4096), StandardCharsets.UTF_8))) {
            throw new RefusedDocumentException(RefusedDocumentException.Reason.XML_DOCTYPE, "xliff");
        }
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        Map<String, String> targets = new LinkedHashMap<>();
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(xliff));
            String unit = null;
            StringBuilder target = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("unit")) {
                    unit = xml.getAttributeValue(null, "id");
                } else if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("target")) {
                    target = new StringBuilder();
                } else if (event == XMLStreamConstants.CHARACTERS && target != null) {
                    target.append(xml.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("target")) {
                    // a unit of several segments gets its segments' targets joined
                    targets.merge(unit, target.toString(), String::concat);
                    target = null;
                }
            }
        } catch (XMLStreamException e) {
            throw new RefusedDocumentException(RefusedDocumentException.Reason.BROKEN);
        }
        return targets;
    }
}
