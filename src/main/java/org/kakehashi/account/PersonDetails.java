package org.kakehashi.account;

import org.kakehashi.directory.Person;
import org.kakehashi.request.InterpretingMode;
import org.kakehashi.language.LanguagePair;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.platform.identity.Role;

import java.util.List;
import java.util.Set;

/**
 * What an administrator says about a person: name, place in the city or at a partner, roles, the language pairs
 * they translate, review or interpret in, the modes they interpret in, and where mail reaches them. Also the person's state in the change log.
 */
public record PersonDetails(String displayName, String department, String partner, Set<Role> roles,
                            Set<LanguagePair> languagePairs, Set<InterpretingMode> interpretingModes, String email,
                            LanguageTag mailLanguage) {

    public PersonDetails {
        roles = Set.copyOf(roles);
        languagePairs = Set.copyOf(languagePairs);
        interpretingModes = Set.copyOf(interpretingModes);
    }

    /** The person as the change log keeps them: sorted, so that an unchanged person reads the same. */
    public record State(String displayName, String department, String partner, List<String> roles,
                        List<String> languagePairs, List<String> interpretingModes, String email,
                        String mailLanguage, boolean active) {

        public static State of(Person person, Set<InterpretingMode> modes) {
            return new State(person.displayName(), person.department(), person.partner(),
                    person.roles().stream().map(Role::groupName).sorted().toList(),
                    person.languagePairs().stream().map(LanguagePair::toString).sorted().toList(),
                    modes.stream().map(InterpretingMode::name).sorted().toList(),
                    person.email().orElse(null), person.mailLanguage().value(), person.isActive());
        }
    }
}
