package org.kakehashi.account;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import org.kakehashi.directory.Directory;
import org.kakehashi.platform.config.StartSettings;
import org.kakehashi.platform.config.StartSettings.FirstAdministratorAccount;
import org.kakehashi.platform.identity.Role;

import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * A new installation has nobody who could add people: at start, while no active administrator exists, the one
 * named by {@code KAKEHASHI_ADMIN_USERNAME} and {@code KAKEHASHI_ADMIN_PASSWORD} is created. There is no default
 * password; without the two variables the server says how to set them.
 */
@ApplicationScoped
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    Directory directory;
    @Inject
    PeopleAdministration people;
    @Inject
    StartSettings settings;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 700)
                 @Initialized(ApplicationScoped.class) Object started) {
        createIfNone(settings.firstAdministrator());
    }

    @Transactional
    public void createIfNone(Optional<FirstAdministratorAccount> account) {
        boolean hasAdmin = directory.people().stream().anyMatch(p -> p.isActive() && p.roles().contains(Role.ADMIN));
        if (hasAdmin) {
            return;
        }
        if (account.isEmpty()) {
            LOG.warning("No administrator yet: set KAKEHASHI_ADMIN_USERNAME and KAKEHASHI_ADMIN_PASSWORD "
                    + "(at least 12 characters) and restart to create the first one.");
            return;
        }
        String username = account.get().username();
        if (directory.person(username).isPresent()) {
            LOG.warning(() -> "KAKEHASHI_ADMIN_USERNAME names an existing person, " + username
                    + ", who is not an administrator; choose another name.");
            return;
        }
        people.add(username, new PersonDetails(username, null, null, Set.of(Role.ADMIN), Set.of(), Set.of(),
                null, null), account.get().password(), "kakehashi", "startup");
        LOG.info(() -> "Created the first administrator, " + username + ".");
    }
}
