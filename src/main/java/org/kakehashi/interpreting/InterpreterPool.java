package org.kakehashi.interpreting;

import org.kakehashi.directory.Person;
import org.kakehashi.language.LanguagePair;
import org.kakehashi.platform.identity.Role;
import org.kakehashi.request.Request;

import java.util.Collection;
import java.util.List;

/**
 * Who can be booked to interpret: the office's coordinators (the CIRs) and its linguists, with an active account
 * and a skill in the request's language pair in either direction, since an interpreter works both ways in the
 * room.
 */
public final class InterpreterPool {

    private final List<Person> interpreters;

    public InterpreterPool(Collection<Person> people) {
        this.interpreters = people.stream()
                .filter(Person::isActive)
                .filter(person -> person.roles().contains(Role.COORDINATOR) || person.roles().contains(Role.LINGUIST))
                .toList();
    }

    public List<Person> candidatesFor(Request request) {
        LanguagePair asked = new LanguagePair(request.sourceLanguage(), request.jobs().get(0).targetLanguage());
        LanguagePair back = new LanguagePair(asked.target(), asked.source());
        return interpreters.stream()
                .filter(person -> person.languagePairs().stream()
                        .anyMatch(skill -> skill.covers(asked) || skill.covers(back)))
                .toList();
    }
}
