package org.kakehashi.interpreting;

import org.junit.jupiter.api.Test;
import org.kakehashi.calendar.FiscalYear;
import org.kakehashi.directory.Person;
import org.kakehashi.language.CountingRates;
import org.kakehashi.language.CountingReceipt;
import org.kakehashi.language.LanguagePair;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.language.TextCounter;
import org.kakehashi.platform.identity.Role;
import org.kakehashi.request.InterpretingEvent;
import org.kakehashi.request.InterpretingMode;
import org.kakehashi.request.NewRequest;
import org.kakehashi.request.Request;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestType;
import org.kakehashi.request.Submission;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class InterpreterPoolTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final CountingReceipt RECEIPT = new TextCounter(new CountingRates(2000, 400)).count("", LanguageTag.of("ja"));

    private static Request interpretation(String source, String target) {
        InterpretingEvent event = new InterpretingEvent(ZonedDateTime.of(2027, 5, 6, 10, 0, 0, 0, TOKYO),
                ZonedDateTime.of(2027, 5, 6, 12, 0, 0, 0, TOKYO), "市役所", InterpretingMode.ESCORT, null);
        NewRequest form = new NewRequest(RequestType.INTERPRETATION, null, null, LanguageTag.of(source),
                List.of(LanguageTag.of(target)), Map.of(), null, null, event, Set.of(), null);
        return Request.submit(new Submission(RequestNumber.of(new FiscalYear(2027), 1), "sato", "sougou-fukushi", form,
                RECEIPT, null, Instant.parse("2027-04-01T00:00:00Z"), TOKYO));
    }

    private static Person person(String username, Role role, String... pairs) {
        return new Person(username, username, null, null, Set.of(role),
                Stream.of(pairs).map(LanguagePair::parse).collect(Collectors.toSet()));
    }

    @Test
    void coordinatorsAndLinguistsWithTheLanguagesInEitherDirectionCanInterpret() {
        Person emily = person("emily", Role.COORDINATOR, "ja>en");
        Person lin = person("lin", Role.LINGUIST, "zh-Hans>ja");
        Person reviewer = person("kato", Role.REVIEWER, "ja>en");
        Person closed = person("mori", Role.COORDINATOR, "ja>en");
        closed.deactivate(Instant.parse("2027-01-01T00:00:00Z"));
        Set<InterpretingMode> all = EnumSet.allOf(InterpretingMode.class);
        InterpreterPool pool = new InterpreterPool(List.of(emily, lin, reviewer, closed),
                Map.of("emily", all, "lin", all, "kato", all, "mori", all));

        assertThat(pool.candidatesFor(interpretation("en", "ja"))).containsExactly(emily);
        assertThat(pool.candidatesFor(interpretation("ja", "zh-Hans"))).containsExactly(lin);
    }

    @Test
    void onlyThoseWhoInterpretInTheEventsModeAreOffered() {
        Person emily = person("emily", Role.COORDINATOR, "ja>en");
        Person tanaka = person("tanaka", Role.COORDINATOR, "ja>en");
        Person ito = person("ito", Role.LINGUIST, "ja>en");
        InterpreterPool pool = new InterpreterPool(List.of(emily, tanaka, ito),
                Map.of("emily", Set.of(InterpretingMode.ESCORT, InterpretingMode.CONSECUTIVE),
                        "tanaka", Set.of(InterpretingMode.REMOTE)));

        assertThat(pool.candidatesFor(interpretation("ja", "en"))).containsExactly(emily);
    }
}
