package org.kakehashi.citizen;

import org.kakehashi.document.StoredDocument;
import org.kakehashi.language.JapaneseDates;
import org.kakehashi.platform.problem.Messages;
import org.kakehashi.request.CitizenOrigin;
import org.kakehashi.request.Request;
import org.kakehashi.request.RequestStatus;
import org.kakehashi.request.TimelineEntry;
import org.kakehashi.request.TimelineEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a citizen sees behind their status link: where the request stands, the coordinator's question if one is
 * open, the reason if it was turned down, and the translations once delivered; the name of the letter they sent
 * with it, if any. No staff names.
 */
public record CitizenStatusView(String number, String type, String status, String statusText,
                                String sourceLanguage, List<String> targetLanguages, LocalDate wantedBy,
                                String wantedByLabel, Instant submittedAt, String letter, String question,
                                String rejection, Map<String, String> translations, List<Step> steps) {

    /** The steps a citizen is told about; the office's inner workings are not among them. */
    private static final Set<TimelineEvent> SHOWN = EnumSet.of(TimelineEvent.SUBMITTED,
            TimelineEvent.QUESTION_ASKED, TimelineEvent.QUESTION_ANSWERED, TimelineEvent.ACCEPTED,
            TimelineEvent.REJECTED, TimelineEvent.SCHEDULED, TimelineEvent.HELD, TimelineEvent.DELIVERED,
            TimelineEvent.CANCELLED, TimelineEvent.LAPSED);

    public record Step(Instant at, String event, String label) {
    }

    static CitizenStatusView of(Request r, Messages messages) {
        String question = r.status() == RequestStatus.AWAITING_ANSWER
                ? r.timeline().stream().filter(e -> e.event() == TimelineEvent.QUESTION_ASKED)
                .max(Comparator.comparing(TimelineEntry::occurredAt)).map(TimelineEntry::note).orElse(null)
                : null;
        Map<String, String> translations = r.status() == RequestStatus.DELIVERED
                ? r.jobs().stream().filter(j -> j.translation() != null)
                .collect(Collectors.toMap(j -> j.targetLanguage().value(), j -> j.translation()))
                : Map.of();
        String reason = r.triage().rejectionReason();
        return new CitizenStatusView(r.number().value(), r.brief().type().name(), r.status().name(),
                messages.format("citizen.status." + r.status().name().toLowerCase(Locale.ROOT)),
                r.brief().sourceLanguage().value(), r.jobs().stream().map(j -> j.targetLanguage().value()).toList(),
                r.brief().wantedBy(), r.brief().wantedBy() == null ? null
                : JapaneseDates.forReader(r.brief().wantedBy(), messages.locale()),
                r.turnaround().submittedAt(),
                r.citizen().flatMap(CitizenOrigin::letter).map(StoredDocument::fileName).orElse(null), question,
                reason == null ? null : messages.format("rejection." + reason),
                translations,
                r.timeline().stream().filter(e -> SHOWN.contains(e.event()))
                        .map(e -> new Step(e.occurredAt(), e.event().name(),
                                messages.format("citizen.step." + e.event().name().toLowerCase(Locale.ROOT))))
                        .toList());
    }
}
