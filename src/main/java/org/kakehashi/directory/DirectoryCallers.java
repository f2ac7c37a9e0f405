package org.kakehashi.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.CallerDirectory;

import java.util.Optional;

/** Callers as the directory knows them now: a role taken away is gone from the next request on. */
@ApplicationScoped
public class DirectoryCallers implements CallerDirectory {

    @Inject
    Directory directory;

    @Override
    public Optional<Caller> activeCaller(String username) {
        return directory.person(username).filter(Person::isActive)
                .map(person -> new Caller(person.username(), person.roles(), person.department(), person.partner()));
    }
}
