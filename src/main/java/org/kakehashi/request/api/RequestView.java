package org.kakehashi.request.api;

import org.kakehashi.calendar.FiscalYear;
import org.kakehashi.document.StoredDocument;
import org.kakehashi.language.CountingReceipt;
import org.kakehashi.language.JapaneseDates;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.privacy.MyNumberMasking;
import org.kakehashi.platform.problem.Messages;
import org.kakehashi.request.Brief;
import org.kakehashi.request.CitizenOrigin;
import org.kakehashi.request.EasyJapaneseAnswer;
import org.kakehashi.request.IntakeFinding;
import org.kakehashi.request.Interpretation;
import org.kakehashi.request.InterpretingEvent;
import org.kakehashi.request.Job;
import org.kakehashi.request.Request;
import org.kakehashi.request.ReviewNotes;
import org.kakehashi.request.TimelineEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** A request as its requester and its workers see it, with its jobs and its timeline. */
public record RequestView(String number, String type, String purpose, String topic, String status,
                          String requester, String department, String sourceLanguage, EasyJapaneseView easyJapanese,
                          String text,
                          FileView document, FileView letter,
                          CountingReceipt receipt, LocalDate wantedBy, String wantedByLabel, String fiscalYear,
                          Instant submittedAt,
                          List<Finding> intakeFindings, Rejection rejection, EventView event,
                          String interpreter, String eventReport, List<String> partners,
                          List<String> receiptsConfirmed, List<JobView> jobs, List<Step> timeline) {

    /** Whether an easy-Japanese version is wanted too, or why not ({@code NOT_FOR_RESIDENTS}, …). */
    public record EasyJapaneseView(boolean wanted, String reason) {
        static EasyJapaneseView of(EasyJapaneseAnswer answer) {
            return new EasyJapaneseView(answer.isWanted(), answer.reason() == null ? null : answer.reason().name());
        }
    }

    /** The event of an interpretation request, in its own time zone. */
    public record EventView(OffsetDateTime start, OffsetDateTime end, String timeZone,
                            String place, String mode, String audience) {
        static EventView of(InterpretingEvent e) {
            return e == null ? null : new EventView(e.start().atZone(e.zone()).toOffsetDateTime(),
                    e.end().atZone(e.zone()).toOffsetDateTime(), e.zone().getId(), e.place(), e.mode().name(),
                    e.audience());
        }
    }

    /** Why the request was turned down: the reason's code and its text in the viewer's language. */
    public record Rejection(String reason, String explanation) {

        static Rejection of(String reason, Messages messages) {
            return reason == null ? null : new Rejection(reason, messages.format("rejection." + reason));
        }
    }

    /** An intake finding, explained in the viewer's language. */
    public record Finding(String kind, String message) {
        static Finding of(IntakeFinding finding, Messages messages) {
            String key = "intake." + keyOf(finding.kind().name());
            Object[] details = finding.detail().split("\\|");
            if (finding.kind() == IntakeFinding.Kind.PERSONAL_DATA) {
                details[0] = messages.format("personal-data.name." + keyOf((String) details[0]));
            }
            return new Finding(finding.kind().name(), messages.format(key, details));
        }

        private static String keyOf(String name) {
            return name.toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** A file kept with the request: what it is and the SHA-256 its downloads are checked against. */
    public record FileView(String fileName, String type, String mediaType, long bytes, String sha256) {
        static FileView of(StoredDocument document) {
            return document == null ? null : new FileView(document.fileName(), document.type().name(),
                    document.type().mediaType(), document.size(), document.sha256());
        }
    }

    public record JobView(String targetLanguage, String status, String translatorGroup, String reviewerGroup,
                          String translator, String reviewer, String translation, FileView translatedDocument) {
        static JobView of(Job job) {
            return new JobView(job.targetLanguage().value(), job.status().name(), job.translatorGroup(),
                    job.reviewerGroup(), job.translator(), job.reviewer(), job.translation(),
                    FileView.of(job.translatedDocument()));
        }
    }

    public record Step(Instant at, String event, String actor, String targetLanguage, String note) {
        static Step of(TimelineEntry entry, String note) {
            return new Step(entry.occurredAt(), entry.event().name(), entry.actor(),
                    entry.target() == null ? null : entry.target().value(), note);
        }
    }

    /** A date as its reader expects it: 令和8年12月24日 in Japanese, 24 December 2026 in English. */
    private static String dateLabel(LocalDate date, Messages messages) {
        return messages.locale().getLanguage().equals("ja") ? JapaneseDates.japanese(date) : JapaneseDates.english(date);
    }

    /** The fiscal year the request was received in: 令和8年度, or FY2026. */
    private static String fiscalYearLabel(FiscalYear year, Messages messages) {
        return messages.locale().getLanguage().equals("ja")
                ? JapaneseDates.japaneseFiscalYear(year) : JapaneseDates.englishFiscalYear(year);
    }

    /** @param reader who reads it: a review's notes are the office's and the linguists' own ({@link ReviewNotes}) */
    static RequestView of(Request r, Messages messages, Caller reader) {
        Brief asked = r.brief();
        return new RequestView(r.number().value(), asked.type().name(),
                asked.purpose() == null ? null : asked.purpose().name(),
                asked.topic() == null ? null : asked.topic().name(), r.status().name(), r.requester().username(),
                r.requester().department(),
                asked.sourceLanguage().value(), asked.easyJapanese().map(EasyJapaneseView::of).orElse(null),
                MyNumberMasking.forReader(asked.text(), reader),
                FileView.of(asked.sourceDocument()),
                reader.isOutsideTheCity() ? null : FileView.of(r.citizen().flatMap(CitizenOrigin::letter).orElse(null)),
                asked.receipt(),
                asked.wantedBy(), dateLabel(asked.wantedBy(), messages),
                fiscalYearLabel(r.number().fiscalYear(), messages), r.turnaround().submittedAt(),
                r.triage().findings().stream().map(f -> Finding.of(f, messages))
                        .sorted(Comparator.comparing(Finding::kind)).toList(),
                Rejection.of(r.triage().rejectionReason(), messages),
                EventView.of(r.event()), r.interpreter(),
                r.interpretation().map(Interpretation::report).orElse(null),
                r.partnerReceipts().partners().stream().sorted().toList(),
                r.partnerReceipts().confirmed().stream().sorted().toList(),
                r.jobs().stream().map(JobView::of).toList(),
                r.timeline().stream().map(entry -> Step.of(entry, ReviewNotes.noteFor(r, entry, reader))).toList());
    }
}
