package org.kakehashi.desk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kakehashi.document.TranslatableText;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.language.TextCounter;
import org.kakehashi.memory.Leverage;
import org.kakehashi.memory.TranslationMemory;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.request.JobDocuments;
import org.kakehashi.request.RequestNumber;

import java.util.ArrayList;
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
        Leverage leverage = memory.leverage(source, target, number.value());
        Map.Entry<String, Integer> most = leverage.mostFrom().orElse(null);
        double withoutMemory = counter.count(source.text(), source.source()).estimatedHours();
        double estimate = leverage.volume() == 0 ? 0 : withoutMemory * (leverage.exactVolume() * EXACT_WEIGHT
                + leverage.fuzzyVolume() * FUZZY_WEIGHT + leverage.newVolume()) / leverage.volume();
        return new Recognition(target.value(), leverage.segments(), leverage.exactSegments(),
                leverage.fuzzySegments(), leverage.newSegments(), most == null ? null : most.getKey(),
                most == null || leverage.segments() == 0 ? 0
                        : (int) Math.floor(100.0 * most.getValue() / leverage.segments()),
                leverage.numbersChanged(), leverage.unit().name(), leverage.exactVolume(), leverage.fuzzyVolume(),
                leverage.newVolume(), round(estimate), withoutMemory);
    }

    private static double round(double hours) {
        return Math.round(hours * 100) / 100.0;
    }
}
