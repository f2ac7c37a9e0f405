package org.kakehashi.request.api;

import java.time.DateTimeException;
import java.util.Arrays;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.kakehashi.request.EasyJapaneseAnswer;
import org.kakehashi.request.InterpretingEvent;
import org.kakehashi.request.InterpretingMode;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.language.WellFormedLanguageTag;
import org.kakehashi.request.NewRequest;
import org.kakehashi.request.Purpose;
import org.kakehashi.request.RequestProblem;
import org.kakehashi.request.RequestType;
import org.kakehashi.request.Topic;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The staff request form as JSON. {@code type} is {@code translation} (default) or {@code checking}; a check
 * carries the translation to check per target language in {@code existingTranslations}. {@code topic} is what
 * the text is about ({@code general}, {@code religious}, …): the intake rules flag topics the office refuses.
 * {@code type} {@code interpretation} takes one target language and the {@code event}; its text, if any, is the
 * preparation material. {@code partners} are the codes of partner organisations the delivery also goes to.
 * For a Japanese text, {@code easyJapanese} is {@code wanted} (an やさしい日本語 version too: a rewrite job into
 * {@code ja}) or {@code not-needed} with {@code easyJapaneseReason} ({@code not-for-residents}, {@code fixed-wording},
 * {@code already-easy}, {@code other}).
 */
public record SubmitRequestForm(
        @Size(max = 16) String type,
        @Size(max = 32) String purpose,
        @Size(max = 16) String topic,
        @NotBlank @WellFormedLanguageTag @Size(max = 35) String sourceLanguage,
        @NotEmpty @Size(max = 10) List<@NotBlank @WellFormedLanguageTag @Size(max = 35) String> targetLanguages,
        Map<@NotBlank @Size(max = 35) String, @Size(max = 1_000_000) String> existingTranslations,
        @Size(max = 200_000) String text,
        LocalDate wantedBy,
        @Valid EventForm event,
        @Size(max = 10) Set<@NotBlank @Size(max = 64) String> partners,
        @Size(max = 16) String easyJapanese,
        @Size(max = 24) String easyJapaneseReason) {

    /** For interpretation: the event, in local date-times of its time zone (the city's when none is given). */
    public record EventForm(@NotNull LocalDateTime start, @NotNull LocalDateTime end, @Size(max = 64) String timeZone,
                            @NotBlank @Size(max = 300) String place, @NotBlank @Size(max = 16) String mode,
                            @Size(max = 300) String audience) {
    }

    /** The same interpretation on another day at the same hours: one meeting of a series. */
    public SubmitRequestForm onDay(LocalDate day) {
        long days = ChronoUnit.DAYS.between(event.start().toLocalDate(), event.end().toLocalDate());
        EventForm moved = new EventForm(day.atTime(event.start().toLocalTime()),
                day.plusDays(days).atTime(event.end().toLocalTime()), event.timeZone(), event.place(), event.mode(),
                event.audience());
        return new SubmitRequestForm(type, purpose, topic, sourceLanguage, targetLanguages, existingTranslations, text,
                wantedBy, moved, partners, easyJapanese, easyJapaneseReason);
    }

    /** @param cityZone the zone of an event that names none */
    public NewRequest toNewRequest(ZoneId cityZone) {
        Map<LanguageTag, String> existing = new LinkedHashMap<>();
        if (existingTranslations != null) {
            existingTranslations.forEach((tag, translation) -> existing.put(tag(tag), translation));
        }
        return new NewRequest(requestType(), requestPurpose(), requestTopic(), LanguageTag.of(sourceLanguage),
                targetLanguages.stream().map(LanguageTag::of).toList(), existing, text, wantedBy, interpretingEvent(cityZone),
                partners == null ? Set.of() : partners, null, easyJapaneseAnswer());
    }

    private EasyJapaneseAnswer easyJapaneseAnswer() {
        if (easyJapanese == null || easyJapanese.isBlank()) {
            return null;
        }
        return switch (easyJapanese.strip().toLowerCase(Locale.ROOT)) {
            case "wanted" -> EasyJapaneseAnswer.versionWanted();
            case "not-needed", "not_needed" -> {
                if (easyJapaneseReason == null || easyJapaneseReason.isBlank()) {
                    throw RequestProblem.invalid("easyJapaneseReason", "request.easy-japanese-reason-missing");
                }
                yield EasyJapaneseAnswer.notNeeded(
                        valueOf(EasyJapaneseAnswer.Reason.class, "easyJapaneseReason", easyJapaneseReason));
            }
            default -> throw RequestProblem.invalid("easyJapanese", "request.invalid-choice", easyJapanese,
                    "wanted, not-needed");
        };
    }

    private InterpretingEvent interpretingEvent(ZoneId cityZone) {
        if (event == null) {
            return null;
        }
        ZoneId zone;
        try {
            zone = event.timeZone() == null || event.timeZone().isBlank() ? cityZone : ZoneId.of(event.timeZone());
        } catch (DateTimeException e) {
            throw RequestProblem.invalid("event.timeZone", "request.invalid-choice", event.timeZone(),
                    "Asia/Tokyo, Pacific/Auckland, Asia/Shanghai …");
        }
        if (!event.end().isAfter(event.start())) {
            throw RequestProblem.invalid("event.end", "interpretation.event-times");
        }
        return new InterpretingEvent(event.start().atZone(zone), event.end().atZone(zone), event.place().strip(),
                valueOf(InterpretingMode.class, "event.mode", event.mode()), event.audience());
    }

    private RequestType requestType() {
        return type == null || type.isBlank() ? RequestType.TRANSLATION : valueOf(RequestType.class, "type", type);
    }

    private Purpose requestPurpose() {
        return purpose == null || purpose.isBlank() ? null : valueOf(Purpose.class, "purpose", purpose);
    }

    private Topic requestTopic() {
        return topic == null || topic.isBlank() ? null : valueOf(Topic.class, "topic", topic);
    }

    private static LanguageTag tag(String text) {
        try {
            return LanguageTag.of(text);
        } catch (IllegalArgumentException e) {
            throw RequestProblem.invalid("existingTranslations", "request.invalid-choice", text,
                    "BCP 47");
        }
    }

    /** {@code web-page} or {@code WEB_PAGE} for {@link Purpose#WEB_PAGE}; anything else is refused on the field. */
    static <E extends Enum<E>> E valueOf(Class<E> type, String field, String text) {
        String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw RequestProblem.invalid(field, "request.invalid-choice", text,
                String.join(", ", Arrays.stream(type.getEnumConstants())
                        .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList()));
    }
}
