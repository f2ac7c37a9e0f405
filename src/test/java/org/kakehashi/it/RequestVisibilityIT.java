package org.kakehashi.it;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kakehashi.calendar.FiscalYear;
import org.kakehashi.request.Request;
import org.kakehashi.request.RequestAccess;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestNumbers;
import org.kakehashi.request.RequestRepository;
import org.kakehashi.request.VisibilityTable;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The list of requests a caller may see, as the database answers it, against the table {@code request/visibility.csv}
 * that the rule in Java is tested from too; and the rule in Java against the same stored requests. Runs inside the
 * server, with JUnit's own assertions (the deployment carries no assertion library).
 */
@ExtendWith(ArquillianExtension.class)
class RequestVisibilityIT {

    @Inject
    RequestNumbers numbers;
    @Inject
    RequestRepository requests;
    @Inject
    UserTransaction transaction;
    @Inject
    Clock clock;

    /** A fiscal year far ahead keeps these requests out of the other tests' years and reports. */
    private static final Instant ASKED = Instant.parse("2085-06-01T01:00:00Z");

    @Test
    void theListAndTheRuleShowEachCallerTheRequestsTheTableSays() throws Exception {
        FiscalYear year = FiscalYear.of(LocalDate.ofInstant(ASKED, clock.getZone()));
        transaction.begin();
        Map<String, Request> situations = VisibilityTable.situations(() -> numbers.next(year), ASKED,
                clock.getZone());
        situations.values().forEach(requests::add);
        transaction.commit();
        Map<String, RequestNumber> stored = situations.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().number()));

        List<String> mismatches = new ArrayList<>();
        transaction.begin();
        for (VisibilityTable.Case row : VisibilityTable.cases()) {
            RequestNumber number = stored.get(row.situation());
            Set<RequestNumber> listed = requests.visibleTo(row.caller(), null, 0, 200).stream()
                    .map(Request::number).collect(Collectors.toSet());
            if (listed.contains(number) != row.visible()) {
                mismatches.add(row + ": the list " + (row.visible() ? "leaves it out" : "shows it"));
            }
            if (RequestAccess.maySee(row.caller(), requests.find(number).orElseThrow()) != row.visible()) {
                mismatches.add(row + ": the rule " + (row.visible() ? "hides it" : "shows it"));
            }
        }
        transaction.commit();
        assertEquals(List.of(), mismatches);
    }
}
