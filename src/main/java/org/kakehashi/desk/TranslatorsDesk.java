package org.kakehashi.desk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kakehashi.document.ExchangeFormat;
import org.kakehashi.document.Segment;
import org.kakehashi.document.Suggestion;
import org.kakehashi.document.TranslatableText;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.machine.MachineDraft;
import org.kakehashi.machine.MachineDrafts;
import org.kakehashi.memory.Match;
import org.kakehashi.memory.Offer;
import org.kakehashi.memory.TranslationMemory;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.privacy.MyNumberMasking;
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
    private MachineDrafts machine;

    /** For the container's proxies only. */
    protected TranslatorsDesk() {
    }

    @Inject
    public TranslatorsDesk(JobDocuments documents, TranslationMemory memory, Termbase termbase,
                           FindingLog findings, MachineDrafts machine) {
        this.documents = documents;
        this.machine = machine;
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
        Map<String, Offer> offers = new LinkedHashMap<>();
        Map<String, String> undrafted = new LinkedHashMap<>();
        for (Segment segment : source.segments()) {
            Offer offer = memory.offer(segment.text(), source.source(), target);
            offers.put(segment.id(), offer);
            if (!previous.containsKey(segment.id()) && offer.prefill() == null) {
                undrafted.put(segment.id(), MyNumberMasking.outward(segment.text()));
            }
        }
        Map<String, MachineDraft> drafts = machine.draft(number.value(), source.source(), target, undrafted);
        List<DeskSegment> segments = new ArrayList<>();
        for (Segment segment : source.segments()) {
            Offer offer = offers.get(segment.id());
            String earlier = previous.get(segment.id());
            MachineDraft draft = drafts.get(segment.id());
            List<TermHit> terms = glossary.hits(segment.text());
            String text = MyNumberMasking.forReader(segment.text(), caller);
            String tagged = MyNumberMasking.forReader(segment.tagged(), caller);
            if (earlier != null) {
                segments.add(new DeskSegment(segment.id(), text, tagged, earlier, "PREVIOUS", null, offer.matches(),
                        terms));
            } else if (draft != null) {
                segments.add(new DeskSegment(segment.id(), text, tagged, draft.text(), "MACHINE", draft.engine(),
                        offer.matches(), terms));
            } else {
                segments.add(new DeskSegment(segment.id(), text, tagged, offer.prefill(),
                        offer.kind() == null ? null : offer.kind().name(), null, offer.matches(), terms));
            }
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
        Map<String, String> undrafted = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        for (Segment segment : caller.translatesOrReviews() ? source.segments() : List.<Segment>of()) {
            List<Match> matches = memory.matches(segment.text(), source.source(), target);
            if (matches.isEmpty()) {
                undrafted.put(segment.id(), segment.text());
                sources.put(segment.id(), segment.tagged());
            } else {
                suggestions.put(segment.id(), matches.stream().map(TranslatorsDesk::suggestion).toList());
            }
        }
        machine.draft(number.value(), source.source(), target, undrafted).forEach((id, draft) ->
                suggestions.put(id, List.of(Suggestion.machine(sources.get(id), draft.text(), draft.engine()))));
        return documents.xliff(number, target, format, suggestions, caller);
    }

    private static Suggestion suggestion(Match match) {
        String from = match.from().request() != null ? match.from().request() : "TMX";
        return new Suggestion(match.source(), match.target(), match.score(),
                "Kakehashi memory: " + from + (match.from().date() == null ? "" : " (" + match.from().date() + ")"));
    }
}
