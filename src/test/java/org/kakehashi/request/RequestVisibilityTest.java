package org.kakehashi.request;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kakehashi.calendar.FiscalYear;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule in Java against the table; {@code RequestVisibilityIT} holds the list's query to the same table. */
class RequestVisibilityTest {

    private static final Map<String, Request> SITUATIONS;

    static {
        AtomicInteger sequence = new AtomicInteger();
        SITUATIONS = VisibilityTable.situations(
                () -> RequestNumber.of(new FiscalYear(2026), sequence.incrementAndGet()),
                Instant.parse("2026-11-24T00:00:00Z"), ZoneId.of("Asia/Tokyo"));
    }

    static List<VisibilityTable.Case> cases() {
        return VisibilityTable.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theCallerSeesTheRequestAsTheTableSays(VisibilityTable.Case row) {
        assertThat(SITUATIONS).as("the table names a situation that exists").containsKey(row.situation());

        assertThat(RequestAccess.maySee(row.caller(), SITUATIONS.get(row.situation()))).isEqualTo(row.visible());
    }
}
