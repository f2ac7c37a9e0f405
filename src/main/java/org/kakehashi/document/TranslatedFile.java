package org.kakehashi.document;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import net.sf.okapi.filters.xliff2.XLIFF2Filter;
import org.kakehashi.language.InvalidLanguageTagException;
import org.kakehashi.language.LanguageTag;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * An exchange file a CAT tool gave back, XLIFF 2.x or 1.2, read by Okapi's own readers: the job it names, its
 * languages and each segment's translation with its inline codes. A file with a document type declaration is
 * refused before any parser sees it.
 */
public final class TranslatedFile {

    private final ExchangeFormat format;
    private final String job;
    private final String source;
    private final String target;
    private final Map<String, TextFragment> targets;

    private TranslatedFile(ExchangeFormat format, String job, String source, String target,
                           Map<String, TextFragment> targets) {
        this.format = format;
        this.job = job;
        this.source = source;
        this.target = target;
        this.targets = targets;
    }

    /** @throws ExchangeFileProblem when the file is not XLIFF 2.x or 1.2 */
    public static TranslatedFile read(byte[] xliff) {
        if (XmlGuard.declaresDocumentType(new String(xliff, 0, Math.min(xliff.length, 4096),
                StandardCharsets.UTF_8))) {
            throw new RefusedDocumentException(RefusedDocumentException.Reason.XML_DOCTYPE, "xliff");
        }
        Header header = Header.of(xliff);
        LocaleId sourceLocale = locale(header.source());
        LocaleId targetLocale = locale(header.target());
        Map<String, TextFragment> targets = new HashMap<>();
        try (IFilter filter = header.format() == ExchangeFormat.XLIFF_1_2 ? new XLIFFFilter() : new XLIFF2Filter()) {
            filter.open(new RawDocument(new ByteArrayInputStream(xliff), "UTF-8", sourceLocale, targetLocale));
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit()) {
                    collect(event.getTextUnit(), targetLocale, targets);
                }
            }
        } catch (RuntimeException e) {
            if (e instanceof ExchangeFileProblem problem) {
                throw problem;
            }
            throw ExchangeFileProblem.broken();
        }
        return new TranslatedFile(header.format(), header.job(), header.source(), header.target(), targets);
    }

    public ExchangeFormat format() {
        return format;
    }

    void requireJob(String expectedJob, LanguageTag expectedSource, LanguageTag expectedTarget) {
        if (!expectedJob.equals(job)) {
            throw ExchangeFileProblem.otherJob(expectedJob, job);
        }
        if (!sameLanguage(expectedSource, source) || !sameLanguage(expectedTarget, target)) {
            throw ExchangeFileProblem.otherLanguages(expectedSource.value() + " → " + expectedTarget.value(),
                    source + " → " + target);
        }
    }

    /** The segment's translation as the file gives it, its inline codes those of the file; null if it has none. */
    TextFragment target(String segmentId) {
        return targets.get(segmentId);
    }

    private static void collect(ITextUnit unit, LocaleId targetLocale, Map<String, TextFragment> targets) {
        TextContainer translated = unit.getTarget(targetLocale);
        if (translated == null) {
            return;
        }
        for (net.sf.okapi.common.resource.Segment segment : translated.getSegments()) {
            targets.put(TranslatableText.segmentId(unit, segment), segment.getContent());
        }
    }

    private static boolean sameLanguage(LanguageTag expected, String found) {
        try {
            return found != null && LanguageTag.of(found).equals(expected);
        } catch (InvalidLanguageTagException e) {
            return false;
        }
    }

    private static LocaleId locale(String tag) {
        try {
            return LocaleId.fromBCP47(tag == null ? "und" : tag);
        } catch (RuntimeException e) {
            return LocaleId.EMPTY;
        }
    }

    /** The root's version and languages and the first file's {@code original}, read before Okapi reads the rest. */
    private record Header(ExchangeFormat format, String job, String source, String target) {

        static Header of(byte[] xliff) {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            try {
                XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(xliff));
                ExchangeFormat format = null;
                String source = null;
                String target = null;
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    if (format == null) {
                        if (!xml.getLocalName().equals("xliff")) {
                            throw ExchangeFileProblem.broken();
                        }
                        format = ExchangeFormat.ofVersion(attribute(xml, "version"));
                        source = attribute(xml, "srcLang");
                        target = attribute(xml, "trgLang");
                    } else if (xml.getLocalName().equals("file")) {
                        if (format == ExchangeFormat.XLIFF_1_2) {
                            source = attribute(xml, "source-language");
                            target = attribute(xml, "target-language");
                        }
                        return new Header(format, attribute(xml, "original"), source, target);
                    }
                }
            } catch (XMLStreamException e) {
                throw ExchangeFileProblem.broken();
            }
            throw ExchangeFileProblem.broken();
        }

        /** The element's own attribute, not one of the same name from another namespace ({@code its:version}). */
        private static String attribute(XMLStreamReader xml, String name) {
            for (int i = 0; i < xml.getAttributeCount(); i++) {
                String namespace = xml.getAttributeNamespace(i);
                if ((namespace == null || namespace.isEmpty()) && xml.getAttributeLocalName(i).equals(name)) {
                    return xml.getAttributeValue(i);
                }
            }
            return null;
        }
    }
}
