package org.kakehashi.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kakehashi.calendar.CityCalendar;
import org.kakehashi.calendar.CityClosedDays;
import org.kakehashi.directory.Directory;
import org.kakehashi.directory.Person;
import org.kakehashi.language.LanguagePair;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.platform.identity.Role;
import org.kakehashi.platform.settings.OfficeSettings;
import org.kakehashi.platform.settings.Setting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The earliest date the office can realistically promise, shown on the request forms while the requester types,
 * counted in the city's business days: the intake rule's lead time, or the days the work takes, whichever is
 * longer. For a translation whose pair the office's own translators cover, the work is the queue it joins
 * ({@link TranslationQueue}): the open work in the pair and the new text, at what those translators get through a
 * day ({@code intake.translator-pages-per-day}, {@code intake.translator-words-per-day}), plus a day for the
 * review and one for the delivery. Without such translators (or without a pair, as before the requester chose
 * one) it is the text's estimated hours at {@code intake.translation-hours-per-day} (the coordinator's few hours
 * of translation a day) plus the same two days.
 */
@ApplicationScoped
public class EarliestDelivery {

    static final int REVIEW_AND_DELIVERY_DAYS = 2;

    /**
     * @param workDays business days the work takes, review and delivery included: the longest of the queues, or
     *                 the hours' rule when a pair has no translator of its own
     * @param queues   the queue of each target language, for a translation whose source and targets are known
     */
    @Schema(description = "The earliest delivery date the office can realistically promise, and why")
    public record Estimate(
            @Schema(description = "The earliest date, a city business day") LocalDate earliest,
            @Schema(description = "City business days from today to it") int businessDays,
            @Schema(description = "The intake lead time in business days") int leadDays,
            @Schema(description = "Business days the work takes, review and delivery included") int workDays,
            @Schema(description = "Each target language's queue, for a translation asked with its source, targets "
                    + "and volume; empty otherwise") List<TranslationQueue> queues) {
    }

    @Inject
    CityClosedDays closedDays;
    @Inject
    Clock clock;
    @Inject
    IntakeRules intake;
    @Inject
    OfficeSettings settings;
    @Inject
    RequestRepository requests;
    @Inject
    Directory directory;

    public Estimate estimate(RequestType type, double estimatedHours) {
        return estimate(type, estimatedHours, null, List.of(), 0);
    }

    /**
     * @param source  the text's language, or null when not known yet
     * @param targets the languages it is to be translated into
     * @param volume  the text's volume in its source's unit (characters or words)
     */
    public Estimate estimate(RequestType type, double estimatedHours, LanguageTag source, List<LanguageTag> targets,
                             long volume) {
        List<TranslationQueue> queues = List.of();
        if (type == RequestType.TRANSLATION && source != null && !targets.isEmpty()) {
            List<TranslationQueue.OpenJob> open = requests.openTranslationJobs();
            List<Person> coordinators = directory.active(Role.COORDINATOR);
            TranslationQueue.Capacity capacity = new TranslationQueue.Capacity(
                    settings.number(Setting.TRANSLATOR_PAGES_PER_DAY), settings.number(Setting.TRANSLATOR_WORDS_PER_DAY));
            queues = targets.stream().distinct().filter(target -> !target.equals(source))
                    .map(target -> new LanguagePair(source, target))
                    .map(pair -> TranslationQueue.of(pair, volume, open, inHouseTranslators(pair, coordinators), capacity))
                    .toList();
        }
        return estimate(closedDays.calendar(), LocalDate.now(clock), type, estimatedHours, intake.leadDays(type),
                settings.decimal(Setting.TRANSLATION_HOURS_PER_DAY), queues);
    }

    /**
     * The in-house translators of the pair: the office's active coordinators (its CIRs), skilled in it. The
     * contracted linguists are not the office's capacity: work sent out does not wait in its queue.
     */
    static int inHouseTranslators(LanguagePair pair, List<Person> coordinators) {
        return (int) coordinators.stream()
                .filter(person -> person.isActive() && person.partner() == null
                        && person.roles().contains(Role.COORDINATOR))
                .filter(person -> person.languagePairs().stream().anyMatch(skill -> skill.covers(pair)))
                .count();
    }

    static Estimate estimate(CityCalendar calendar, LocalDate today, RequestType type, double estimatedHours,
                             int leadDays, double hoursPerDay) {
        return estimate(calendar, today, type, estimatedHours, leadDays, hoursPerDay, List.of());
    }

    static Estimate estimate(CityCalendar calendar, LocalDate today, RequestType type, double estimatedHours,
                             int leadDays, double hoursPerDay, List<TranslationQueue> queues) {
        int hoursRule = type == RequestType.INTERPRETATION
                ? 0
                : (int) Math.ceil(Math.max(estimatedHours, 0) / hoursPerDay) + REVIEW_AND_DELIVERY_DAYS;
        boolean everyPairStaffed = !queues.isEmpty() && queues.stream().allMatch(queue -> queue.workDays() != null);
        int workDays = Math.max(everyPairStaffed ? 0 : hoursRule, queues.stream()
                .filter(queue -> queue.workDays() != null)
                .mapToInt(TranslationQueue::workDays)
                .max().orElse(0));
        int businessDays = Math.max(leadDays, workDays);
        return new Estimate(calendar.addBusinessDays(today, businessDays), businessDays, leadDays, workDays, queues);
    }
}
