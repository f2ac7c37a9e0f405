package org.kakehashi.desk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kakehashi.document.ExchangeFormat;
import org.kakehashi.document.Segment;
import org.kakehashi.document.Suggestion;
import org.kakehashi.document.TranslatableText;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.memory.Match;
import org.kakehashi.memory.Offer;
import org.kakehashi.memory.TranslationMemory;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.quality.FindingLog;
import org.kakehashi.quality.RecordedFinding;
import org.kakehashi.request.JobDocuments;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.terms.Glossary;
import org.kakehashi.terms.TermHit;
import org.kakehashi.terms.Termbase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A job's segments with what the memory offers for each, for the editor and for the exchange file. The memory is
 * the whole office's: its matches go only to the people who translate and review, never to a requester.
 */
@ApplicationScoped
public class TranslatorsDesk {

    private JobDocuments documents;
    private TranslationMemory memory;
    private Termbase termbase;
    private FindingLog findings;

    /** For the container's proxies only. */
    protected TranslatorsDesk() {
    }

    @Inject
    public TranslatorsDesk(JobDocuments documents, TranslationMemory memory, Termbase termbase,
                           FindingLog findings) {
        this.documents = documents;
        this.findings = findings;
        this.memory = memory;
        this.termbase = termbase;
    }

    /** @throws DeskProblem for a caller who neither translates nor reviews */
    public List<DeskSegment> segments(RequestNumber number, LanguageTag target, Caller caller) {
        if (!caller.translatesOrReviews()) {
            throw DeskProblem.translatorsOnly();
        }
        TranslatableText source = documents.source(number, target, caller);
        Map<String, String> previous = documents.previousTranslation(source, number, target, caller);
        Glossary glossary = termbase.glossary(source.source(), target);
        List<DeskSegment> segments = new ArrayList<>();
        for (Segment segment : source.segments()) {
            Offer offer = memory.offer(segment.text(), source.source(), target);
            String earlier = previous.get(segment.id());
            List<TermHit> terms = glossary.hits(segment.text());
            segments.add(earlier != null
                    ? new DeskSegment(segment.id(), segment.text(), segment.tagged(), earlier, "PREVIOUS",
                            offer.matches(), terms)
                    : new DeskSegment(segment.id(), segment.text(), segment.tagged(), offer.prefill(),
                            offer.kind() == null ? null : offer.kind().name(), offer.matches(), terms));
        }
        return segments;
    }

    /** @throws DeskProblem for a caller who neither translates nor reviews */
    public List<RecordedFinding> findings(RequestNumber number, LanguageTag target, Caller caller) {
        if (!caller.translatesOrReviews()) {
            throw DeskProblem.translatorsOnly();
        }
        documents.source(number, target, caller);
        return List.copyOf(findings.of(number.value(), target).values());
    }

    /**
     * The job's exchange file, with the memory's matches for each segment as CAT tools show them when the caller
     * translates or reviews.
     */
    public byte[] exchangeFile(RequestNumber number, LanguageTag target, ExchangeFormat format, Caller caller) {
        TranslatableText source = documents.source(number, target, caller);
        Map<String, List<Suggestion>> suggestions = new LinkedHashMap<>();
        for (Segment segment : caller.translatesOrReviews() ? source.segments() : List.<Segment>of()) {
            List<Match> matches = memory.matches(segment.text(), source.source(), target);
            if (!matches.isEmpty()) {
                suggestions.put(segment.id(), matches.stream().map(TranslatorsDesk::suggestion).toList());
            }
        }
        return documents.xliff(number, target, format, suggestions, caller);
    }

    private static Suggestion suggestion(Match match) {
        String from = match.from().request() != null ? match.from().request() : "TMX";
        return new Suggestion(match.source(), match.target(), match.score(),
                "Kakehashi memory: " + from + (match.from().date() == null ? "" : " (" + match.from().date() + ")"));
    }
}
