package org.kakehashi.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kakehashi.document.DocumentDownload;
import org.kakehashi.document.DocumentFileName;
import org.kakehashi.document.DocumentTranslation;
import org.kakehashi.document.Segment;
import org.kakehashi.document.StoredDocument;
import org.kakehashi.document.Xliff;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.platform.identity.Caller;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A job's text in and out of the translator's CAT tool: the source as XLIFF 2 — the segments of the requester's
 * document, or the lines of their text — and the translated XLIFF back as the job's translation, with the
 * requester's document rebuilt around it where its format keeps a layout.
 */
@ApplicationScoped
@Transactional
public class JobDocuments {

    /** A translation read from an XLIFF file: its text, and the merged document when there is one. */
    public record ImportedTranslation(String text, StoredDocument document) {
    }

    private RequestRepository requests;
    private Clock clock;

    /** For the container's proxies only. */
    protected JobDocuments() {
    }

    @Inject
    public JobDocuments(RequestRepository requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    /** The requester's file as it came in. */
    public DocumentDownload source(RequestNumber number, Caller caller) {
        StoredDocument document = visible(number, caller).brief().sourceDocument();
        if (document == null) {
            throw RequestProblem.noSourceDocument(number);
        }
        return DocumentDownload.of(document);
    }

    /** The requester's file with the job's latest translation in place. */
    public DocumentDownload translated(RequestNumber number, LanguageTag target, Caller caller) {
        StoredDocument document = visible(number, caller).job(target).translatedDocument();
        if (document == null) {
            throw RequestProblem.noTranslatedDocument(number, target);
        }
        return DocumentDownload.of(document);
    }

    /** The job's source as an XLIFF 2 file; the same segments whichever round of translation it is. */
    public byte[] xliff(RequestNumber number, LanguageTag target, Caller caller) {
        Request request = visible(number, caller);
        request.job(target);
        return Xliff.write(number.value(), request.brief().sourceLanguage(), target, segmentsOf(request));
    }

    /**
     * @throws RequestProblem on {@code xliff} when a segment of the job has no translation in the file
     *                               (a partial file, or another job's)
     */
    public ImportedTranslation read(RequestNumber number, LanguageTag target, byte[] xliff) {
        Request request = get(number);
        request.job(target);
        List<Segment> segments = segmentsOf(request);
        Map<String, String> targets = Xliff.readTargets(xliff);
        List<String> missing = segments.stream().map(Segment::id)
                .filter(id -> targets.get(id) == null || targets.get(id).isBlank()).toList();
        if (!missing.isEmpty()) {
            throw RequestProblem.invalid("xliff", "translation.xliff-incomplete", missing.size(), segments.size(),
                    missing.get(0));
        }
        StoredDocument source = request.brief().sourceDocument();
        if (source == null || !DocumentTranslation.merges(source.type())) {
            return new ImportedTranslation(textOf(request, targets), null);
        }
        byte[] merged = new DocumentTranslation().merge(source.verifiedBytes(), source.type(),
                request.brief().sourceLanguage(), target, targets);
        String text = String.join("\n", segments.stream().map(s -> targets.get(s.id())).toList());
        return new ImportedTranslation(text, StoredDocument.of(translatedName(source.fileName(), target),
                source.type(), merged, clock.instant()));
    }

    private static List<Segment> segmentsOf(Request request) {
        StoredDocument source = request.brief().sourceDocument();
        if (source != null && DocumentTranslation.extracts(source.type())) {
            return new DocumentTranslation().extract(source.verifiedBytes(), source.type(),
                    request.brief().sourceLanguage());
        }
        List<Segment> lines = new ArrayList<>();
        List<String> all = request.brief().text().lines().toList();
        for (int i = 0; i < all.size(); i++) {
            if (!all.get(i).isBlank()) {
                lines.add(new Segment(lineId(i), all.get(i).strip()));
            }
        }
        return lines;
    }

    /** The requester's text with each line replaced by its translation, blank lines where they were. */
    private static String textOf(Request request, Map<String, String> targets) {
        List<String> all = request.brief().text().lines().toList();
        List<String> translated = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            translated.add(all.get(i).isBlank() ? "" : targets.get(lineId(i)));
        }
        return String.join("\n", translated);
    }

    private static String lineId(int index) {
        return "line" + (index + 1);
    }

    /** 市報_4月号.docx translated into English: 市報_4月号_en.docx. */
    private static DocumentFileName translatedName(String source, LanguageTag target) {
        int dot = source.lastIndexOf('.');
        String suffix = "_" + target.value().toLowerCase(Locale.ROOT);
        return DocumentFileName.from(dot > 0
                ? source.substring(0, dot) + suffix + source.substring(dot)
                : source + suffix, "translation" + suffix);
    }

    private Request visible(RequestNumber number, Caller caller) {
        Request request = get(number);
        if (!RequestAccess.maySee(caller, request)) {
            throw RequestProblem.notFound(number.value());
        }
        return request;
    }

    private Request get(RequestNumber number) {
        return requests.find(number).orElseThrow(() -> RequestProblem.notFound(number.value()));
    }
}
