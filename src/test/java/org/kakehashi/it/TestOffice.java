package org.kakehashi.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.kakehashi.directory.Directory;
import org.kakehashi.directory.Partner;
import org.kakehashi.directory.Person;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.language.LanguagePair;
import org.kakehashi.platform.identity.Role;

import java.time.ZoneId;
import java.util.Set;

/**
 * The people the integration tests act as, in the directory of the test deployment: who reviews which language
 * pairs decides where review tasks go. Deployed by the tests only.
 */
@ApplicationScoped
public class TestOffice {

    @Inject
    Directory directory;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) @Initialized(ApplicationScoped.class)
                 Object started) {
        directory.addIfAbsent(new Person("emily", "Emily (CIR)", "mirai-souzou", null,
                Set.of(Role.COORDINATOR, Role.REVIEWER), Set.of(LanguagePair.parse("ja>en"))));
        directory.addIfAbsent(new Person("tanaka", "田中", "mirai-souzou", null,
                Set.of(Role.COORDINATOR, Role.REVIEWER),
                Set.of(LanguagePair.parse("ja>en"), LanguagePair.parse("ja>zh-Hans"))));
        directory.addIfAbsent(new Partner("napier", "Napier City Council", LanguageTag.of("en-NZ"),
                ZoneId.of("Pacific/Auckland")));
        directory.addIfAbsent(new Person("aroha", "Aroha (Napier)", null, "napier", Set.of(Role.PARTNER), Set.of()));
        directory.addIfAbsent(new Person("lin", "林", null, null, Set.of(Role.LINGUIST),
                Set.of(LanguagePair.parse("ja>zh-Hans"), LanguagePair.parse("ja>zh-Hant"))));
    }
}
