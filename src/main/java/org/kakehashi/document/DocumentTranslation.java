package org.kakehashi.document;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.filterwriter.IFilterWriter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.filters.html.HtmlFilter;
import net.sf.okapi.filters.openoffice.OpenOfficeFilter;
import net.sf.okapi.filters.openxml.OpenXMLFilter;
import net.sf.okapi.filters.pdf.PdfFilter;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.language.TextDecoder;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A document's translatable text through the Okapi Framework: its text units, split into sentences, with their
 * formatting as inline codes; and the document again with translations in place of the source text, its layout and
 * the formatting inside each sentence kept. A PDF's text is extracted only: a PDF has no editable layout to merge
 * into. The document must have passed {@link DocumentDetector} first: Okapi's parsers never see an unchecked file.
 */
final class DocumentTranslation {

    private static final Set<DocumentType> MERGEABLE = Set.of(DocumentType.DOCX, DocumentType.XLSX,
            DocumentType.PPTX, DocumentType.ODT, DocumentType.HTML);

    private DocumentTranslation() {
    }

    static boolean extracts(DocumentType type) {
        return MERGEABLE.contains(type) || type == DocumentType.PDF;
    }

    static boolean merges(DocumentType type) {
        return MERGEABLE.contains(type);
    }

    /** The text units to translate, each split into its sentences. */
    static List<ITextUnit> units(byte[] document, DocumentType type, LanguageTag source) {
        List<ITextUnit> units = new ArrayList<>();
        Sentences sentences = new Sentences(source);
        read(document, type, source, source, unit -> {
            sentences.split(unit.getSource());
            units.add(unit);
        }, null);
        return units;
    }

    /** The document with each unit's translation, by unit id, in place; units without one keep their source. */
    static byte[] merge(byte[] document, DocumentType type, LanguageTag source, LanguageTag target,
                        Map<String, TextContainer> translations) {
        if (!merges(type)) {
            throw new RefusedDocumentException(RefusedDocumentException.Reason.UNKNOWN_FORMAT);
        }
        LocaleId targetLocale = LocaleId.fromBCP47(target.value());
        ByteArrayOutputStream merged = new ByteArrayOutputStream();
        read(document, type, source, target, unit -> {
            TextContainer translation = translations.get(unit.getId());
            if (translation != null) {
                unit.setTarget(targetLocale, translation);
            }
        }, merged);
        return merged.toByteArray();
    }

    private static IFilter filterFor(DocumentType type) {
        return switch (type) {
            case DOCX, XLSX, PPTX -> new OpenXMLFilter();
            case ODT -> new OpenOfficeFilter();
            case HTML -> new HtmlFilter();
            case PDF -> new PdfFilter();
            default -> throw new RefusedDocumentException(RefusedDocumentException.Reason.UNKNOWN_FORMAT);
        };
    }

    /**
     * An HTML file's encoding as the product's one decoder reads it, which Okapi takes unless the file declares its
     * own; the other formats are zip packages of XML or PDF, which say their encoding themselves.
     */
    private static String encodingOf(byte[] document, DocumentType type) {
        return type == DocumentType.HTML ? new TextDecoder().decode(document).charset().name() : "UTF-8";
    }

    private static void read(byte[] document, DocumentType type, LanguageTag source, LanguageTag target,
                             Consumer<ITextUnit> onUnit, ByteArrayOutputStream output) {
        LocaleId sourceLocale = LocaleId.fromBCP47(source.value());
        LocaleId targetLocale = LocaleId.fromBCP47(target.value());
        try (IFilter filter = filterFor(type)) {
            filter.open(new RawDocument(new ByteArrayInputStream(document), encodingOf(document, type), sourceLocale,
                    targetLocale));
            IFilterWriter writer = null;
            if (output != null) {
                writer = filter.createFilterWriter();
                writer.setOptions(targetLocale, "UTF-8");
                writer.setOutput(output);
            }
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit() && event.getTextUnit().isTranslatable()) {
                    onUnit.accept(event.getTextUnit());
                }
                if (writer != null) {
                    writer.handleEvent(event);
                }
            }
            if (writer != null) {
                writer.close();
            }
        } catch (RuntimeException e) {
            if (e instanceof RefusedDocumentException refused) {
                throw refused;
            }
            throw new RefusedDocumentException(RefusedDocumentException.Reason.BROKEN);
        }
    }
}
