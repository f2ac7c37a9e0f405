package org.kakehashi.memory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kakehashi.document.Segment;
import org.kakehashi.document.StoredDocument;
import org.kakehashi.document.TranslatableText;
import org.kakehashi.language.CountingReceipt;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.language.TextCounter;
import org.kakehashi.platform.audit.AdministrativeChange;
import org.kakehashi.platform.audit.ChangeLog;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.request.Job;
import org.kakehashi.request.JobStatus;
import org.kakehashi.request.Request;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The office's memory: a delivered request's translations remembered — aligned with the source unit by unit, and
 * sentence by sentence where both sides of a unit have as many (a translator who joined two sentences leaves the
 * unit remembered whole) — a wrong entry removed by a coordinator and audited, matches for a segment. Only a
 * delivery adds to it from requests: a request cancelled or declined never reaches it.
 */
@ApplicationScoped
@Transactional
public class TranslationMemory {

    private static final int EXPORT_PAGE = 1_000;

    private MemoryStore store;
    private IndexedMemory index;
    private TextCounter counter;
    private ChangeLog changes;
    private Event<MemoryChanged> changed;
    private Clock clock;

    /** For the container's proxies only. */
    protected TranslationMemory() {
    }

    @Inject
    public TranslationMemory(MemoryStore store, IndexedMemory index, TextCounter counter, ChangeLog changes,
                             Event<MemoryChanged> changed, Clock clock) {
        this.store = store;
        this.index = index;
        this.counter = counter;
        this.changes = changes;
        this.changed = changed;
        this.clock = clock;
    }

    /**
     * Each delivered job's translation, aligned with the source, once per request; and how much of the source the
     * memory held before, for the fiscal-year report.
     */
    public void rememberDelivery(Request request) {
        String number = request.number().value();
        if (store.remembersRequest(number)) {
            return;
        }
        LanguageTag sourceLanguage = request.brief().sourceLanguage();
        TranslatableText source = translatable(request.brief().sourceDocument(), request.brief().text(),
                sourceLanguage);
        List<MemoryEntry> entries = new ArrayList<>();
        for (Job job : request.jobs()) {
            if (job.status() != JobStatus.READY || job.translation() == null || job.translation().isBlank()) {
                continue;
            }
            TranslatableText translation = translatable(job.translatedDocument(), job.translation(),
                    job.targetLanguage());
            store.add(new MemoryLeverage(number, sourceLanguage, job.targetLanguage(),
                    leverage(source, job.targetLanguage(), number), clock.instant()));
            Provenance from = new Provenance(Provenance.Origin.DELIVERY, number, request.requester().department(),
                    job.translator(), job.reviewer(), LocalDate.now(clock));
            for (TranslatableText.Aligned pair : source.alignedWith(translation)) {
                if (MemoryEntry.fits(pair.sourceTagged()) && MemoryEntry.fits(pair.targetTagged())) {
                    entries.add(new MemoryEntry(sourceLanguage, job.targetLanguage(), pair.sourceTagged(),
                            pair.targetTagged(), from, clock.instant()));
                }
            }
        }
        add(entries);
    }

    /** Matches of 70 % or more, the best five. */
    public List<Match> matches(String segment, LanguageTag source, LanguageTag target) {
        return index.matches(segment, source, target, 70, 5);
    }

    /** The matches, and the best one as the translation to start from when it is exact or only its numbers differ. */
    public Offer offer(String segment, LanguageTag source, LanguageTag target) {
        List<Match> matches = matches(segment, source, target);
        if (matches.isEmpty()) {
            return new Offer(matches, null, null);
        }
        Match best = matches.get(0);
        if (best.exact()) {
            return new Offer(matches, best.target(), Offer.Kind.EXACT);
        }
        if (best.sameButNumbers()) {
            NumberConversion.Converted converted = NumberConversion.convert(best.target(), target.value(),
                    best.changes());
            if (converted.complete()) {
                return new Offer(matches, converted.target(), Offer.Kind.CONVERTED);
            }
        }
        return new Offer(matches, null, null);
    }

    /**
     * How much of the text, for the target language, the memory holds: each sentence in the band of its best match
     * from another request than its own.
     */
    public Leverage leverage(TranslatableText source, LanguageTag target, String ownRequest) {
        LanguageTag language = source.source();
        long[] volume = new long[3];
        int[] segments = new int[3];
        Map<String, Integer> fromRequests = new HashMap<>();
        boolean numbersChanged = false;
        CountingReceipt.Unit unit = CountingReceipt.Unit.CHARACTERS;
        for (Segment segment : source.segments()) {
            CountingReceipt receipt = counter.count(segment.text(), language);
            unit = receipt.unit();
            List<Match> found = matches(segment.text(), language, target).stream()
                    .filter(match -> !ownRequest.equals(match.from().request())).toList();
            int band = found.isEmpty() ? 2 : found.get(0).exact() ? 0 : 1;
            segments[band]++;
            volume[band] += unit == CountingReceipt.Unit.CHARACTERS ? receipt.characters() : receipt.words();
            if (!found.isEmpty()) {
                numbersChanged |= found.get(0).sameButNumbers() && !found.get(0).exact();
                if (found.get(0).from().request() != null) {
                    fromRequests.merge(found.get(0).from().request(), 1, Integer::sum);
                }
            }
        }
        return new Leverage(segments[0], segments[1], segments[2], unit, volume[0], volume[1], volume[2],
                fromRequests, numbersChanged);
    }

    /** @throws MemoryProblem when there is no such entry, or it was removed already */
    public void remove(UUID id, String reason, Caller caller) {
        MemoryProblem.requireReason(reason);
        MemoryEntry entry = store.find(id).orElseThrow(() -> MemoryProblem.notFound(id));
        if (entry.removed()) {
            throw MemoryProblem.alreadyRemoved(id);
        }
        Map<String, Object> before = summary(entry);
        entry.remove(caller.username(), reason.strip(), clock.instant());
        entry.revision(store.reserveRevisions(1));
        changes.record(caller.username(), AdministrativeChange.Subject.MEMORY_ENTRY, id.toString(), before,
                Map.of("removed", true, "reason", reason.strip()));
        changed.fire(new MemoryChanged(entry.revisionNumber()));
    }

    /** Adds the pairs the memory lacks; returns how many. */
    int addImported(List<TmxFiles.Pair> pairs) {
        List<MemoryEntry> entries = new ArrayList<>();
        for (TmxFiles.Pair pair : pairs) {
            if (!store.holds(pair.sourceLanguage(), pair.targetLanguage(), pair.source(), pair.target())) {
                entries.add(new MemoryEntry(pair.sourceLanguage(), pair.targetLanguage(), pair.source(),
                        pair.target(), pair.provenance(), clock.instant()));
            }
        }
        add(entries);
        return entries.size();
    }

    void auditImport(String fileName, MemoryImports.Imported imported, Caller caller) {
        changes.record(caller.username(), AdministrativeChange.Subject.MEMORY_IMPORT,
                fileName == null || fileName.isBlank() ? "tmx" : abbreviated(fileName, 64), null, imported);
    }

    /** The kept entries of a source language, of one target or department if given, written as TMX as they are read. */
    public void exportTmx(LanguageTag source, LanguageTag target, String department, OutputStream output) {
        try (TmxFiles.Writer tmx = new TmxFiles.Writer(output, source, target)) {
            int first = 0;
            List<MemoryEntry> page;
            do {
                page = store.kept(source, target, department, first, EXPORT_PAGE);
                page.forEach(tmx::add);
                first += page.size();
                store.forget();
            } while (page.size() == EXPORT_PAGE);
        }
    }

    /** The kept entries of a source language, of one target or department if given, a page at a time. */
    public List<MemoryEntry> kept(LanguageTag source, LanguageTag target, String department, int first, int limit) {
        return store.kept(source, target, department, first, limit);
    }

    void add(List<MemoryEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        long last = store.reserveRevisions(entries.size());
        long revision = last - entries.size();
        for (MemoryEntry entry : entries) {
            store.add(entry, ++revision);
        }
        changed.fire(new MemoryChanged(last));
    }

    private static Map<String, Object> summary(MemoryEntry entry) {
        return Map.of("pair", entry.sourceLanguage().value() + ">" + entry.targetLanguage().value(),
                "source", abbreviated(entry.source(), 400), "target", abbreviated(entry.target(), 400),
                "origin", entry.provenance().origin().name(),
                "request", String.valueOf(entry.provenance().request()));
    }

    private static String abbreviated(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    private static TranslatableText translatable(StoredDocument document, String text, LanguageTag language) {
        if (document != null && document.erasedAt().isEmpty() && TranslatableText.extracts(document.type())) {
            return TranslatableText.ofDocument(document.verifiedBytes(), document.type(), language);
        }
        return TranslatableText.ofText(text == null ? "" : text, language);
    }
}
