package org.kakehashi.intake;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.language.WellFormedLanguageTag;
import org.kakehashi.language.easy.EasyJapaneseCheck;
import org.kakehashi.language.easy.EasyJapaneseFinding;
import org.kakehashi.platform.identity.Public;
import org.kakehashi.platform.problem.InputValidation;
import org.kakehashi.platform.problem.Messages;
import org.kakehashi.privacy.PersonalDataKind;
import org.kakehashi.privacy.PersonalDataScanner;

import java.util.List;
import java.util.Locale;

/**
 * The checks of a text as the forms show them while a person types: the personal data in it (a My Number, a phone
 * number, an address …), which the requester may want to leave out before it travels; and for a Japanese text,
 * each place it departs from やさしい日本語, with what to do in the caller's language. Open to everyone, like the
 * count; it stores nothing.
 */
@Public
@SecurityRequirementsSet
@Path("intake/text-checks")
@Produces(MediaType.APPLICATION_JSON)
public class TextChecksResource {

    /** The texts the forms take are short; a longer one is checked in parts by whoever sends it. */
    public record TextForm(@NotNull @Size(max = 20_000) String text,
                           @NotBlank @WellFormedLanguageTag @Size(max = 35) String language) {
    }

    /** One place in the text: where it is (UTF-16 offsets, as the browser counts), what was found, what to do. */
    public record Finding(String rule, int sentence, int start, int end, String found, String advice) {
    }

    /** Personal data found: of which kind, where, and what it means for the request. */
    public record PersonalData(String kind, int start, int end, String found, String advice) {
    }

    public record TextChecks(List<PersonalData> personalData, List<Finding> easyJapanese) {
    }

    @Inject
    PersonalDataScanner scanner;
    @Inject
    InputValidation validation;
    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public TextChecks check(TextForm form) {
        TextForm valid = validation.valid(form);
        Messages messages = Messages.forPreferences(headers.getAcceptableLanguages());
        boolean japanese = LanguageTag.of(valid.language()).language().equals("ja");
        List<PersonalData> personalData = scanner.scan(valid.text()).stream()
                .map(found -> new PersonalData(kind(found.kind()), found.start(), found.end(), found.text(),
                        messages.format("personal-data." + kind(found.kind()))))
                .toList();
        return new TextChecks(personalData, japanese ? EasyJapaneseCheck.check(valid.text()).stream()
                .map(finding -> advice(finding, messages)).toList() : List.of());
    }

    private static String kind(PersonalDataKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Finding advice(EasyJapaneseFinding finding, Messages messages) {
        return new Finding(finding.rule().key(), finding.sentence(), finding.start(), finding.end(), finding.found(),
                messages.format("easy-japanese." + finding.rule().key(), finding.found(), finding.measured(),
                        limit(finding)));
    }

    private static int limit(EasyJapaneseFinding finding) {
        return switch (finding.rule()) {
            case SENTENCE_LENGTH -> EasyJapaneseCheck.MAX_SENTENCE_CHARACTERS;
            case KANJI_COUNT -> EasyJapaneseCheck.MAX_KANJI_PER_SENTENCE;
            default -> 0;
        };
    }
}
