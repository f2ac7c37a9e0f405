package org.kakehashi.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kakehashi.document.DocumentDownload;
import org.kakehashi.document.DocumentFileName;
import org.kakehashi.document.ExchangeFormat;
import org.kakehashi.document.StoredDocument;
import org.kakehashi.document.Suggestion;
import org.kakehashi.document.TranslatableText;
import org.kakehashi.document.TranslatedFile;
import org.kakehashi.document.Translation;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.privacy.MyNumberMasking;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A job's text in and out of the translator's CAT tool: the source as XLIFF 2.1 or 1.2 — the sentences of the
 * requester's document, or of their text — and the translated XLIFF back as the job's translation, with the
 * requester's document rebuilt around it, formatting and all, where its format keeps a layout.
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

    /**
     * The job's source as an exchange file, the same segments whichever round of translation it is, with the
     * memory's matches for them; for a linguist or reviewer outside the city, each My Number masked (the file is
     * UTF-8 XML, and a mask takes a digit's place one for one, so it stays well-formed).
     */
    public byte[] xliff(RequestNumber number, LanguageTag target, ExchangeFormat format,
                        Map<String, List<Suggestion>> suggestions, Caller caller) {
        byte[] file = source(number, target, caller).exchangeFile(format, jobName(number, target), target,
                suggestions);
        return caller.isOutsideTheCity()
                ? MyNumberMasking.outward(new String(file, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)
                : file;
    }

    /** What the job's translator translates, sentence by sentence, for the work on a task already found. */
    public TranslatableText source(RequestNumber number, LanguageTag target) {
        Request request = get(number);
        request.job(target);
        return translatable(request);
    }

    /** What the job's translator translates, sentence by sentence. */
    public TranslatableText source(RequestNumber number, LanguageTag target, Caller caller) {
        Request request = visible(number, caller);
        request.job(target);
        return translatable(request);
    }

    /**
     * The job's latest translation, when there is one (a round after the reviewer asked for changes), by the id of
     * the segment of the job's source ({@link #source}) it translates: sentence by sentence where both sides of a
     * unit have as many, else the unit's translation against its first sentence.
     */
    public Map<String, String> previousTranslation(TranslatableText source, RequestNumber number, LanguageTag target,
                                                   Caller caller) {
        Job job = visible(number, caller).job(target);
        Map<String, String> previous = new LinkedHashMap<>();
        for (TranslatableText.Aligned aligned : alignedWith(source, job.translation(), job.translatedDocument(),
                target)) {
            previous.put(aligned.source().get(0).id(), aligned.targetTagged());
        }
        return previous;
    }

    /** The job's source aligned with a translation of it: the one handed over, or the job's latest when null. */
    public List<TranslatableText.Aligned> aligned(RequestNumber number, LanguageTag target,
                                                  ImportedTranslation translation) {
        Request request = get(number);
        Job job = request.job(target);
        return translation == null
                ? alignedWith(translatable(request), job.translation(), job.translatedDocument(), target)
                : alignedWith(translatable(request), translation.text(), translation.document(), target);
    }

    private static List<TranslatableText.Aligned> alignedWith(TranslatableText source, String text,
                                                              StoredDocument document, LanguageTag target) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        TranslatableText translation = document != null && document.erasedAt().isEmpty()
                && TranslatableText.extracts(document.type())
                ? TranslatableText.ofDocument(document.verifiedBytes(), document.type(), target)
                : TranslatableText.ofText(text, target);
        return source.alignedWith(translation);
    }

    /**
     * A translation written segment by segment in the editor, with the requester's document rebuilt around it.
     *
     * @throws org.kakehashi.document.ExchangeFileProblem on {@code segments} when a segment is untranslated or its
     *                                                    tags are not those of the source
     */
    public ImportedTranslation fromSegments(RequestNumber number, LanguageTag target, Map<String, String> segments) {
        Request request = get(number);
        request.job(target);
        return imported(request, target, translatable(request).translatedBy(segments, target));
    }

    /**
     * @throws org.kakehashi.document.ExchangeFileProblem on {@code xliff} when the file is another job's or in other
     *                                                    languages, or a segment is untranslated or lost its codes
     */
    public ImportedTranslation read(RequestNumber number, LanguageTag target, byte[] xliff) {
        Request request = get(number);
        request.job(target);
        return imported(request, target, translatable(request).translatedBy(TranslatedFile.read(xliff),
                jobName(number, target), target));
    }

    private ImportedTranslation imported(Request request, LanguageTag target, Translation translation) {
        StoredDocument source = request.brief().sourceDocument();
        if (translation.document() == null) {
            return new ImportedTranslation(translation.text(), null);
        }
        return new ImportedTranslation(translation.text(), StoredDocument.of(translatedName(source.fileName(), target),
                source.type(), translation.document(), clock.instant()));
    }

    /** The requester's document where it has text to translate, else their pasted text. */
    private static TranslatableText translatable(Request request) {
        StoredDocument source = request.brief().sourceDocument();
        if (source != null && TranslatableText.extracts(source.type())) {
            return TranslatableText.ofDocument(source.verifiedBytes(), source.type(),
                    request.brief().sourceLanguage());
        }
        return TranslatableText.ofText(request.brief().text(), request.brief().sourceLanguage());
    }

    /** How an exchange file names its job: 2026-00123/en. */
    private static String jobName(RequestNumber number, LanguageTag target) {
        return number.value() + "/" + target.value();
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
