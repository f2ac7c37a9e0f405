package org.kakehashi.request;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kakehashi.language.CountingReceipt;
import org.kakehashi.language.LanguagePair;
import org.kakehashi.language.TextCounter;

import java.util.List;

/**
 * The office's open translation work in one language pair against what the pair's in-house translators get
 * through in a business day, as the request forms show it: "4 requests ahead of yours for English".
 * Volumes are in the unit the office counts the source language in ({@link TextCounter#unitOf}): characters for a
 * Japanese or Chinese source, words for the others.
 *
 * @param pair           {@code ja>en}
 * @param target         the target language's tag
 * @param requestsAhead  requests accepted or waiting for triage with a job in the pair not yet ready
 * @param volumeAhead    their texts' volume, once per job in the pair
 * @param volume         the new request's own volume
 * @param translators    the active in-house translators (coordinators, the office's CIRs) who cover the pair
 * @param capacityPerDay what they get through together in a business day; null when nobody in the office covers
 *                       the pair
 * @param daysAhead      the capacity the work ahead uses: how many of the pair's business days it fills, to one
 *                       decimal; null without capacity
 * @param workDays       business days until the new request could be delivered: the work ahead and its own,
 *                       rounded up to whole days, and a day each for review and delivery; null without capacity
 */
@Schema(description = "The open translation work in one language pair, in the unit the source is counted in")
public record TranslationQueue(
        @Schema(description = "The pair, source>target", examples = "ja>en") String pair,
        @Schema(description = "The target language's tag", examples = "en") String target,
        @Schema(description = "CHARACTERS for a Japanese or Chinese source (400 to a manuscript page), WORDS otherwise")
        CountingReceipt.Unit unit,
        @Schema(description = "Requests accepted or waiting for triage with a job in the pair not yet ready")
        int requestsAhead,
        @Schema(description = "Their texts' volume, once per job in the pair") long volumeAhead,
        @Schema(description = "The new request's own volume, as asked") long volume,
        @Schema(description = "Active in-house translators (coordinators, the office's CIRs) who cover the pair")
        int translators,
        @Schema(description = "What they get through together in a business day; null when nobody covers the pair")
        Long capacityPerDay,
        @Schema(description = "The capacity the work ahead uses: the pair's business days it fills, to one decimal; "
                + "null without capacity") Double daysAhead,
        @Schema(description = "Business days the work ahead and the new text take, a day each for review and "
                + "delivery included; null without capacity") Integer workDays) {

    /**
     * A job not yet ready of a translation request accepted or waiting for triage.
     *
     * @param volume the volume of the request's text in its source's unit; null for a request from before receipts
     */
    public record OpenJob(RequestNumber request, LanguagePair pair, Long volume) {
    }

    /** What one translator gets through in a business day, as the administrator set it. */
    public record Capacity(long pagesPerDay, long wordsPerDay) {

        long perTranslator(CountingReceipt.Unit unit) {
            return unit == CountingReceipt.Unit.CHARACTERS
                    ? pagesPerDay * TextCounter.MANUSCRIPT_PAGE_CHARACTERS
                    : wordsPerDay;
        }
    }

    /**
     * The queue a new request of {@code volume} in the pair joins. Jobs count in the pair when either pair covers
     * the other: work into en-NZ waits for the same translators as work into en.
     */
    public static TranslationQueue of(LanguagePair pair, long volume, List<OpenJob> open, int translators,
                                      Capacity capacity) {
        List<OpenJob> ahead = open.stream().filter(job -> sameWork(pair, job.pair())).toList();
        int requests = (int) ahead.stream().map(OpenJob::request).distinct().count();
        long volumeAhead = ahead.stream().mapToLong(job -> job.volume() == null ? 0 : job.volume()).sum();
        CountingReceipt.Unit unit = TextCounter.unitOf(pair.source());
        long perDay = translators * capacity.perTranslator(unit);
        if (perDay <= 0) {
            return new TranslationQueue(pair.toString(), pair.target().value(), unit, requests, volumeAhead, volume,
                    translators, null, null, null);
        }
        double daysAhead = Math.round(volumeAhead * 10.0 / perDay) / 10.0;
        int workDays = Math.toIntExact((volumeAhead + volume + perDay - 1) / perDay)
                + EarliestDelivery.REVIEW_AND_DELIVERY_DAYS;
        return new TranslationQueue(pair.toString(), pair.target().value(), unit, requests, volumeAhead, volume,
                translators, perDay, daysAhead, workDays);
    }

    static boolean sameWork(LanguagePair asked, LanguagePair queued) {
        return asked.covers(queued) || queued.covers(asked);
    }
}
