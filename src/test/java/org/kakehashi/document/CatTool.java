package org.kakehashi.document;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a translator's CAT tool (OmegaT, Trados) does to an exchange file: for each source segment it knows, it writes
 * a target, moving the segment's inline tags where the translation needs them. The translations are written with
 * tags as the tool shows them: {@code <2>October 29</2>} for a paired tag, {@code <1/>} for a standalone one, the
 * number being the tag's id in the file.
 */
public final class CatTool {

    private static final Pattern TAG = Pattern.compile("<(/?)(\\d+)(/?)>");

    private final Map<String, String> translations;

    /** @param translations by the source segment's text without its tags */
    public CatTool(Map<String, String> translations) {
        this.translations = translations;
    }

    /** The translation as Kakehashi's editor writes it: {@code <2>x</2>} as {@code <g2>x</g2>}, {@code <1/>} as {@code <x1/>}. */
    public static String tagsOf(String translation) {
        return translation.replaceAll("<(\\d+)/>", "<x$1/>").replaceAll("<(\\d+)>", "<g$1>").replaceAll("</(\\d+)>", "</g$1>");
    }

    public byte[] translate(byte[] xliff) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document file = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xliff));
            String version = file.getDocumentElement().getAttribute("version");
            if (version.startsWith("2")) {
                translateVersion2(file);
            } else {
                translateVersion12(file);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TransformerFactory.newInstance().newTransformer().transform(new DOMSource(file), new StreamResult(out));
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void translateVersion2(Document file) {
        for (Element segment : elements(file.getElementsByTagNameNS("*", "segment"))) {
            Element source = first(segment, "source");
            String translation = translations.get(source.getTextContent());
            if (translation != null) {
                Element target = file.createElementNS(source.getNamespaceURI(), "target");
                if (source.hasAttribute("xml:space")) {
                    target.setAttribute("xml:space", source.getAttribute("xml:space"));
                }
                fill(target, source, translation);
                segment.appendChild(target);
            }
        }
    }

    private void translateVersion12(Document file) {
        for (Element unit : elements(file.getElementsByTagNameNS("*", "trans-unit"))) {
            Element segments = first(unit, "seg-source");
            Element target = first(unit, "target");
            while (target.hasChildNodes()) {
                target.removeChild(target.getFirstChild());
            }
            for (Element segment : elements(segments.getElementsByTagNameNS("*", "mrk"))) {
                String translation = translations.get(segment.getTextContent());
                if (translation != null) {
                    Element marker = (Element) segment.cloneNode(false);
                    fill(marker, segment, translation);
                    target.appendChild(marker);
                }
            }
        }
    }

    /** Writes the translation into the target, each tag of it the source's element of that id. */
    private static void fill(Element target, Element source, String translation) {
        List<Element> open = new ArrayList<>();
        open.add(target);
        Matcher tag = TAG.matcher(translation);
        int at = 0;
        while (tag.find()) {
            Element current = open.get(open.size() - 1);
            current.appendChild(target.getOwnerDocument().createTextNode(translation.substring(at, tag.start())));
            at = tag.end();
            Element original = withId(source, tag.group(2));
            if (!tag.group(1).isEmpty()) {
                open.remove(open.size() - 1);
            } else {
                Element copy = (Element) original.cloneNode(false);
                current.appendChild(copy);
                if (tag.group(3).isEmpty()) {
                    open.add(copy);
                }
            }
        }
        open.get(open.size() - 1).appendChild(target.getOwnerDocument().createTextNode(translation.substring(at)));
    }

    private static Element withId(Element source, String id) {
        NodeList all = source.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (id.equals(element.getAttribute("id"))) {
                return element;
            }
        }
        throw new IllegalArgumentException("no tag " + id + " in " + source.getTextContent());
    }

    private static Element first(Element parent, String name) {
        return elements(parent.getElementsByTagNameNS("*", name)).get(0);
    }

    private static List<Element> elements(NodeList nodes) {
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                elements.add((Element) nodes.item(i));
            }
        }
        return elements;
    }
}
