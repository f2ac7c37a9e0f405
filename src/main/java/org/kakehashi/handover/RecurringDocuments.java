package org.kakehashi.handover;

import org.kakehashi.calendar.FiscalYear;
import org.kakehashi.request.RequestRepository.PastTranslation;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The documents that come to the office every year: a department's request for the same document (its file name,
 * or its text's first line, with the years, months and numbers taken out) in two fiscal years or more, by the month
 * of the fiscal year it came in last (April first), with last year's request.
 */
final class RecurringDocuments {

    /** A document that comes every year. */
    record Recurring(Month month, String department, String document, List<FiscalYear> years, String lastRequest,
                     LocalDate lastWantedBy) {
    }

    private static final Pattern CHANGING = Pattern.compile(
            "(令和|平成|昭和|元年|年度|年|月号|月|日|第|回|号|fy|\\p{Nd}|[\\s_\\-.,、。・()（）\\[\\]「」])+");
    private static final Pattern EXTENSION = Pattern.compile("\\.[a-z0-9]{2,5}$");

    private RecurringDocuments() {
    }

    static List<Recurring> among(List<PastTranslation> requests, ZoneId zone) {
        Map<String, List<PastTranslation>> byDocument = new LinkedHashMap<>();
        for (PastTranslation request : requests) {
            String key = request.department() + "\u0000" + key(what(request));
            if (!key(what(request)).isEmpty()) {
                byDocument.computeIfAbsent(key, k -> new ArrayList<>()).add(request);
            }
        }
        List<Recurring> recurring = new ArrayList<>();
        for (List<PastTranslation> same : byDocument.values()) {
            TreeSet<FiscalYear> years = new TreeSet<>(Comparator.comparingInt(FiscalYear::startYear));
            same.forEach(r -> years.add(FiscalYear.of(LocalDate.ofInstant(r.submittedAt(), zone))));
            if (years.size() < 2) {
                continue;
            }
            PastTranslation last = same.stream().max(Comparator.comparing(PastTranslation::submittedAt)).orElseThrow();
            recurring.add(new Recurring(LocalDate.ofInstant(last.submittedAt(), zone).getMonth(), last.department(),
                    what(last), List.copyOf(years), last.number(), last.wantedBy()));
        }
        recurring.sort(Comparator.comparingInt((Recurring r) -> fiscalOrder(r.month()))
                .thenComparing(r -> Objects.toString(r.department(), "")).thenComparing(Recurring::document));
        return recurring;
    }

    /** April is the fiscal year's first month, March its last. */
    static int fiscalOrder(Month month) {
        return (month.getValue() + 8) % 12;
    }

    /** The document's file name, else its text's first line. */
    private static String what(PastTranslation request) {
        if (request.document() != null) {
            return request.document();
        }
        String text = request.text() == null ? "" : request.text().strip();
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return line.length() <= 60 ? line.strip() : line.substring(0, 60).strip();
    }

    private static String key(String what) {
        String normal = Normalizer.normalize(what, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return CHANGING.matcher(EXTENSION.matcher(normal).replaceAll("")).replaceAll("");
    }
}
