package org.kakehashi.it;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kakehashi.calendar.FiscalYear;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.language.TextCounter;
import org.kakehashi.request.NewRequest;
import org.kakehashi.request.Request;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestNumbers;
import org.kakehashi.request.RequestRepository;
import org.kakehashi.request.Submission;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Request numbers drawn from the shared sequence: each fiscal year starts at 1 (or after the highest number a
 * database numbered before holds), and submissions drawing at the same time — the year's first ones racing to record where it starts — never share a number. Fiscal years far
 * ahead keep these numbers apart from the other tests' requests. Runs inside the server, with JUnit's own
 * assertions (the deployment carries no assertion library).
 */
@ExtendWith(ArquillianExtension.class)
class RequestNumbersIT {

    @Inject
    RequestNumbers numbers;
    @Inject
    RequestRepository requests;
    @Inject
    TextCounter counter;
    @Inject
    UserTransaction transaction;

    @Test
    void eachFiscalYearIsNumberedFromOneAndItsNumbersRise() {
        assertEquals("2090-00001", numbers.next(new FiscalYear(2090)).value());
        assertEquals("2090-00002", numbers.next(new FiscalYear(2090)).value());
        assertEquals("2091-00001", numbers.next(new FiscalYear(2091)).value());
        // the years share the sequence: numbers drawn for another year meanwhile are gaps in this one
        String later = numbers.next(new FiscalYear(2090)).value();
        assertTrue(later.compareTo("2090-00002") > 0, later);
    }

    @Test
    void aYearNumberedBeforeGoesOnAfterItsHighestNumber() throws Exception {
        LanguageTag ja = LanguageTag.of("ja");
        Instant longAgo = Instant.parse("2001-04-02T01:00:00Z");
        transaction.begin();
        for (String numberedBefore : List.of("2093-00009", "2093-00041")) {
            requests.add(Request.submit(new Submission(RequestNumber.parse(numberedBefore), "numbers-it", null,
                    NewRequest.translation(ja, LanguageTag.of("en"), "番号", LocalDate.of(2001, 5, 1)),
                    counter.count("番号", ja), null, longAgo, ZoneId.of("Asia/Tokyo"))));
        }
        transaction.commit();

        assertEquals("2093-00042", numbers.next(new FiscalYear(2093)).value());
    }

    @Test
    void concurrentSubmissionsOfANewYearGetDistinctNumbersFromOne() throws Exception {
        FiscalYear year = new FiscalYear(2092);
        int threads = 8;
        int each = 25;
        List<Callable<List<RequestNumber>>> drawers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            drawers.add(() -> {
                List<RequestNumber> drawn = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    drawn.add(numbers.next(year));
                }
                return drawn;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Set<String> drawn;
        try {
            List<RequestNumber> all = new ArrayList<>();
            for (Future<List<RequestNumber>> result : pool.invokeAll(drawers)) {
                all.addAll(result.get());
            }
            assertEquals(threads * each, all.size());
            drawn = all.stream().map(RequestNumber::value).collect(Collectors.toSet());
        } finally {
            pool.shutdown();
        }

        Set<String> oneToTwoHundred = LongStream.rangeClosed(1, (long) threads * each)
                .mapToObj(n -> RequestNumber.of(year, n).value()).collect(Collectors.toSet());
        assertEquals(oneToTwoHundred, drawn);
    }
}
