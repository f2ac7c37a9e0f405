package org.kakehashi.interpreting;

import org.kakehashi.directory.Person;
import org.kakehashi.language.LanguagePair;
import org.kakehashi.platform.identity.Role;
import org.kakehashi.request.InterpretingMode;
import org.kakehashi.request.Request;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who can be booked to interpret: the office's coordinators (the CIRs) and its linguists, with an active account,
 * the event's mode among the modes they interpret in, and a skill in the request's language pair in either
 * direction, since an interpreter works both ways in the room.
 */
public final class InterpreterPool {

    private final List<Person> interpreters;
    private final Map<String, Set<InterpretingMode>> modes;

    /** @param modes the modes each person interprets in, by user name */
    public InterpreterPool(Collection<Person> people, Map<String, Set<InterpretingMode>> modes) {
        this.modes = Map.copyOf(modes);
        this.interpreters = people.stream()
                .filter(Person::isActive)
                .filter(person -> person.roles().contains(Role.COORDINATOR) || person.roles().contains(Role.LINGUIST))
                .filter(person -> this.modes.containsKey(person.username()))
                .toList();
    }

    public List<Person> candidatesFor(Request request) {
        LanguagePair asked = new LanguagePair(request.brief().sourceLanguage(), request.jobs().get(0).targetLanguage());
        LanguagePair back = new LanguagePair(asked.target(), asked.source());
        InterpretingMode mode = request.event().mode();
        return interpreters.stream()
                .filter(person -> mode == null || modes.get(person.username()).contains(mode))
                .filter(person -> person.languagePairs().stream()
                        .anyMatch(skill -> skill.covers(asked) || skill.covers(back)))
                .toList();
    }
}
