package org.kakehashi.directory;

import org.kakehashi.platform.identity.Role;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A directory of the people given, without a database, for unit tests. */
public class TestDirectory extends Directory {

    private final List<Person> people;

    public TestDirectory(Person... people) {
        this.people = List.of(people);
    }

    @Override
    public List<Person> people() {
        return people.stream().sorted(Comparator.comparing(Person::username)).toList();
    }

    @Override
    public List<Person> active(Role role) {
        return people().stream().filter(p -> p.isActive() && p.roles().contains(role)).toList();
    }

    @Override
    public Optional<Person> person(String username) {
        return people.stream().filter(p -> p.username().equals(username)).findFirst();
    }
}
