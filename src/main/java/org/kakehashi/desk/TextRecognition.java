package org.kakehashi.desk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kakehashi.document.Segment;
import org.kakehashi.document.TranslatableText;
import org.kakehashi.language.CountingReceipt;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.language.TextCounter;
import org.kakehashi.memory.Match;
import org.kakehashi.memory.TranslationMemory;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.request.JobDocuments;
import org.kakehashi.request.RequestNumber;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A new request's text compared with the memory, sentence by sentence, with numbers, dates and era years set
 * aside: 令和7年度 and 令和8年度 match, as do 10月29日 and 11月5日. The volume of each band is counted as the
 * requester's text is, and weighted as translation offices quote repeated text.
 */
@ApplicationScoped
public class TextRecognition {

    /** The shares of a full translation's effort that an exact and a fuzzy match still take. */
    static final double EXACT_WEIGHT = 0.3;
    static final double FUZZY_WEIGHT = 0.6;

    private JobDocuments documents;
    private TranslationMemory memory;
    private TextCounter counter;

    /** For the container's proxies only. */
    protected TextRecognition() {
    }

    @Inject
    public TextRecognition(JobDocuments documents, TranslationMemory memory, TextCounter counter) {
        this.documents = documents;
        this.memory = memory;
        this.counter = counter;
    }

    /** @throws DeskProblem for a caller outside the office */
    public List<Recognition> of(RequestNumber number, List<LanguageTag> targets, Caller caller) {
        if (!caller.isOffice()) {
            throw DeskProblem.officeOnly();
        }
        List<Recognition> recognitions = new ArrayList<>();
        for (LanguageTag target : targets) {
            recognitions.add(of(documents.source(number, target, caller), target, number));
        }
        return recognitions;
    }

    private Recognition of(TranslatableText source, LanguageTag target, RequestNumber number) {
        LanguageTag language = source.source();
        long[] volume = new long[3];
        int[] segments = new int[3];
        Map<String, Integer> fromRequest = new HashMap<>();
        boolean numbersChanged = false;
        CountingReceipt.Unit unit = CountingReceipt.Unit.CHARACTERS;
        List<Segment> all = source.segments();
        for (Segment segment : all) {
            CountingReceipt receipt = counter.count(segment.text(), language);
            unit = receipt.unit();
            List<Match> matches = memory.matches(segment.text(), language, target).stream()
                    .filter(match -> !number.value().equals(match.from().request())).toList();
            int band = matches.isEmpty() ? 2 : matches.get(0).exact() ? 0 : 1;
            segments[band]++;
            volume[band] += unit == CountingReceipt.Unit.CHARACTERS ? receipt.characters() : receipt.words();
            if (!matches.isEmpty()) {
                numbersChanged |= matches.get(0).sameButNumbers() && !matches.get(0).exact();
                String request = matches.get(0).from().request();
                if (request != null) {
                    fromRequest.merge(request, 1, Integer::sum);
                }
            }
        }
        Map.Entry<String, Integer> most = fromRequest.entrySet().stream().max(Map.Entry.comparingByValue())
                .orElse(null);
        long total = volume[0] + volume[1] + volume[2];
        double withoutMemory = counter.count(source.text(), language).estimatedHours();
        double estimate = total == 0 ? 0 : withoutMemory
                * (volume[0] * EXACT_WEIGHT + volume[1] * FUZZY_WEIGHT + volume[2]) / total;
        return new Recognition(target.value(), all.size(), segments[0], segments[1], segments[2],
                most == null ? null : most.getKey(),
                most == null || all.isEmpty() ? 0 : (int) Math.floor(100.0 * most.getValue() / all.size()),
                numbersChanged, unit.name(), volume[0], volume[1], volume[2], round(estimate), withoutMemory);
    }

    private static double round(double hours) {
        return Math.round(hours * 100) / 100.0;
    }
}
