package org.kakehashi.request;

import org.kakehashi.calendar.CityCalendar;
import org.kakehashi.language.CountingRates;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.language.TextCounter;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.Role;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The table {@code request/visibility.csv} of who may see which request, and the requests it speaks of, so that
 * the rule in Java and the list's query are tested from the same cases.
 */
public final class VisibilityTable {

    /** One row: the caller, the request's situation, and whether the caller sees it. */
    public record Case(int line, String situation, Caller caller, boolean visible) {

        @Override
        public String toString() {
            return "line " + line + ": " + caller.username() + " " + caller.roles() + " on " + situation;
        }
    }

    private static final LanguageTag JA = LanguageTag.of("ja");
    private static final LanguageTag EN = LanguageTag.of("en");
    private static final String TEXT = "ごみの出し方が変わります。";

    private VisibilityTable() {
    }

    public static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = VisibilityTable.class.getResourceAsStream("/request/visibility.csv");
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cell = Arrays.stream(line.split(",", -1)).map(String::strip).toArray(String[]::new);
                Set<Role> roles = Arrays.stream(cell[2].split(" "))
                        .map(name -> Role.fromGroupName(name).orElseThrow()).collect(Collectors.toSet());
                cases.add(new Case(number, cell[0], new Caller(cell[1], roles, blankToNull(cell[3]),
                        blankToNull(cell[4])), "yes".equals(cell[5])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    /**
     * One request in each situation the table names, asked by ana of dept-a at {@code at} (a citizen's by
     * themselves), its steps taken a minute apart.
     */
    public static Map<String, Request> situations(Supplier<RequestNumber> numbers, Instant at, ZoneId zone) {
        Map<String, Request> requests = new LinkedHashMap<>();
        requests.put("submitted", asked(numbers, at, zone, Set.of(), null));
        requests.put("inTranslation", inTranslation(asked(numbers, at, zone, Set.of(), null), at));
        requests.put("inReview", translated(inTranslation(asked(numbers, at, zone, Set.of(), null), at), at));
        Request toExternals = translated(inTranslation(asked(numbers, at, zone, Set.of(), null), at), at);
        toExternals.onJob(EN).chooseReviewers("external-reviewer", at.plusSeconds(240));
        requests.put("inReviewByExternals", toExternals);
        Request approved = translated(inTranslation(asked(numbers, at, zone, Set.of("napier"), null), at), at);
        approved.onJob(EN).approve("rei", at.plusSeconds(240));
        requests.put("approved", approved);
        Request delivered = translated(inTranslation(asked(numbers, at, zone, Set.of("napier"), null), at), at);
        delivered.onJob(EN).approve("rei", at.plusSeconds(240));
        delivered.deliver("kakehashi", at.plusSeconds(300), zone, CityCalendar.standard());
        requests.put("deliveredToNapier", delivered);
        Request cancelled = inTranslation(asked(numbers, at, zone, Set.of(), null), at);
        cancelled.cancel("ana", null, at.plusSeconds(240));
        requests.put("cancelled", cancelled);
        requests.put("fromCitizen", asked(numbers, at, zone, Set.of(),
                new CitizenOrigin("Maria Santos", null, LanguageTag.of("en"), hex().repeat(2), hex())));
        return requests;
    }

    private static Request asked(Supplier<RequestNumber> numbers, Instant at, ZoneId zone, Set<String> partners,
                                 CitizenOrigin citizen) {
        NewRequest form = new NewRequest(RequestType.TRANSLATION, null, null, JA, List.of(EN), Map.of(), TEXT,
                LocalDate.ofInstant(at, zone).plusDays(30), null, partners, citizen);
        return Request.submit(new Submission(numbers.get(), citizen == null ? "ana" : "citizen:visibility",
                citizen == null ? "dept-a" : null, form, new TextCounter(new CountingRates(2000, 400)).count(TEXT, JA),
                null, at, zone));
    }

    private static Request inTranslation(Request request, Instant at) {
        request.accept("ofelia", at.plusSeconds(60));
        request.onJob(EN).route("linguist", "reviewer", at.plusSeconds(120));
        return request;
    }

    private static Request translated(Request request, Instant at) {
        request.onJob(EN).submitTranslation("tom", "How to put out rubbish is changing.", null, at.plusSeconds(180));
        return request;
    }

    private static String hex() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
