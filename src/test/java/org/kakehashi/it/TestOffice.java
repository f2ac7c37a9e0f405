package org.kakehashi.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import org.kakehashi.account.Accounts;
import org.kakehashi.directory.Department;
import org.kakehashi.directory.Directory;
import org.kakehashi.directory.Partner;
import org.kakehashi.directory.Person;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.request.InterpretingMode;
import org.kakehashi.interpreting.Interpreters;
import org.kakehashi.language.LanguagePair;
import org.kakehashi.platform.identity.Role;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The people the integration tests log in as, with their departments, in the directory of the test deployment:
 * who reviews which language pairs decides where review tasks go. Deployed by the tests only.
 */
@ApplicationScoped
public class TestOffice {

    /** Everyone's password in the test office; {@link Api} logs in with it. */
    public static final String PASSWORD = "integration-test-password";

    @Inject
    Directory directory;
    @Inject
    Accounts accounts;
    @Inject
    Interpreters interpreters;

    @Transactional
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) @Initialized(ApplicationScoped.class)
                 Object started) {
        directory.addIfAbsent(new Department("mirai-souzou", "未来創造戦略室", "Future Creation Strategy Office", null));
        directory.addIfAbsent(new Department("sougou-fukushi", "総合福祉課", "General Welfare Division", null));
        directory.addIfAbsent(new Department("gyousei-kanri", "行政監理室", "Administrative Management Office", null));
        directory.addIfAbsent(new Person("admin", "管理者", null, null, Set.of(Role.ADMIN), Set.of()));
        directory.addIfAbsent(new Person("sato", "佐藤", "sougou-fukushi", null, Set.of(Role.REQUESTER), Set.of()));
        directory.addIfAbsent(new Person("suzuki", "鈴木", "gyousei-kanri", null, Set.of(Role.REQUESTER), Set.of()));
        directory.addIfAbsent(new Person("watanabe", "渡辺", "mirai-souzou", null, Set.of(Role.OFFICE_MANAGER),
                Set.of()));
        directory.addIfAbsent(new Person("kimura", "木村", "gyousei-kanri", null, Set.of(Role.REQUESTER), Set.of()));
        directory.addIfAbsent(new Person("wang", "王", null, null, Set.of(Role.EXTERNAL_REVIEWER), Set.of()));
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
        for (String interpreter : List.of("emily", "tanaka", "lin")) {
            if (interpreters.modesOf(interpreter).isEmpty()) {
                interpreters.interpretIn(interpreter, EnumSet.allOf(InterpretingMode.class));
            }
        }
        reach("sato", "sato@city.example.jp", "ja");
        reach("suzuki", "suzuki@city.example.jp", "ja");
        reach("emily", "emily@city.example.jp", "en");
        reach("tanaka", "tanaka@city.example.jp", "ja");
        reach("watanabe", "watanabe@city.example.jp", "ja");
        reach("aroha", "aroha@napier.example.nz", "en");
        directory.people().stream()
                .filter(person -> !accounts.hasPassword(person.username()))
                .forEach(person -> accounts.setPassword(person.username(), PASSWORD, "tests", "tests"));
    }

    private void reach(String username, String email, String language) {
        directory.person(username).filter(person -> person.email().isEmpty())
                .ifPresent(person -> person.reachAt(email, LanguageTag.of(language)));
    }
}
