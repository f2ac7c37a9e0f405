package org.kakehashi.request;

import org.kakehashi.calendar.JapaneseHolidays;
import org.kakehashi.document.StoredDocument;
import org.kakehashi.language.CountingReceipt;
import org.kakehashi.language.LanguageTag;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Objects;

/**
 * A new request as the office receives it: its number, who sent it, what they ask, the count of its text, the
 * file it came in and when. One that breaks a rule of the form cannot be made.
 *
 * @param department     the requester's department; null for citizens and partners
 * @param sourceDocument the requester's file, or null when the text was typed or pasted
 */
public record Submission(RequestNumber number, String requester, String department, NewRequest form,
                         CountingReceipt receipt, StoredDocument sourceDocument, Instant at, ZoneId cityZone) {

    public Submission {
        Objects.requireNonNull(number);
        Objects.requireNonNull(requester);
        Objects.requireNonNull(receipt);
        Objects.requireNonNull(at);
        if (form.type() == RequestType.INTERPRETATION) {
            requireInterpretation(form, at);
        } else {
            requireTranslation(form, at.atZone(cityZone).toLocalDate());
        }
    }

    /** The day the office received it, in the city's time zone: it decides the request's fiscal year. */
    public LocalDate receivedOn() {
        return LocalDate.ofInstant(at, cityZone);
    }

    /** When the work is wanted: for an interpretation, the day of the event. */
    public LocalDate wantedBy() {
        InterpretingEvent event = form.event();
        return event == null ? form.wantedBy() : LocalDate.ofInstant(event.start(), event.zone());
    }

    private static void requireTranslation(NewRequest form, LocalDate today) {
        requireTargets(form);
        for (LanguageTag target : form.targets()) {
            if (form.type() == RequestType.CHECKING && isBlank(form.existingTranslations().get(target))) {
                throw RequestProblem.invalid("existingTranslations", "request.check-needs-translation",
                        target.value());
            }
        }
        if (isBlank(form.text()) && (form.citizen() == null || form.citizen().letter().isEmpty())) {
            throw RequestProblem.invalid("text", "request.text-missing");
        }
        if (form.wantedBy() == null) {
            throw RequestProblem.invalid("wantedBy", "request.wanted-by-missing");
        }
        if (form.wantedBy().isBefore(today)) {
            throw RequestProblem.invalid("wantedBy", "request.wanted-by-past", form.wantedBy().toString());
        }
        requireInCalendar("wantedBy", form.wantedBy());
    }

    private static void requireInterpretation(NewRequest form, Instant now) {
        InterpretingEvent event = form.event();
        if (event == null) {
            throw RequestProblem.invalid("event", "interpretation.event-missing");
        }
        if (form.targets().size() != 1) {
            throw RequestProblem.invalid("targetLanguages", "interpretation.one-pair");
        }
        requireTargets(form);
        if (!event.start().isAfter(now)) {
            throw RequestProblem.invalid("event.start", "interpretation.event-past");
        }
        requireInCalendar("event.start", LocalDate.ofInstant(event.start(), event.zone()));
        requireInCalendar("event.end", LocalDate.ofInstant(event.end(), event.zone()));
    }

    private static void requireTargets(NewRequest form) {
        if (form.targets().isEmpty()) {
            throw RequestProblem.invalid("targetLanguages", "request.targets-missing");
        }
        if (new HashSet<>(form.targets()).size() != form.targets().size()) {
            throw RequestProblem.invalid("targetLanguages", "request.targets-repeated");
        }
        for (LanguageTag target : form.targets()) {
            if (form.sourceLanguage().equals(target) && !isEasyJapaneseRewrite(form, target)) {
                throw RequestProblem.invalid("targetLanguages", "request.same-language", target.value());
            }
        }
        if (form.easyJapanese() != null && (form.type() == RequestType.INTERPRETATION
                || !form.sourceLanguage().equals(NewRequest.JAPANESE))) {
            throw RequestProblem.invalid("easyJapanese", "request.easy-japanese-not-japanese");
        }
    }

    /** A Japanese text into Japanese: its やさしい日本語 version, rewritten by the office, not an interpretation. */
    private static boolean isEasyJapaneseRewrite(NewRequest form, LanguageTag target) {
        return target.equals(NewRequest.JAPANESE) && form.type() != RequestType.INTERPRETATION;
    }

    /**
     * Deadlines count business days, which the city's calendar knows only as far as Japan's holidays are known
     * (a date before today is refused as past; a request recorded from earlier years keeps its dates).
     */
    private static void requireInCalendar(String field, LocalDate date) {
        if (JapaneseHolidays.beyond(date)) {
            throw RequestProblem.invalid(field, "calendar.date-beyond", date.toString(),
                    JapaneseHolidays.LAST_YEAR);
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
