package org.kakehashi.terms;

import org.kakehashi.language.LanguageTag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the terms of a language in a text at word boundaries, ignoring case and full-width forms. Where two
 * terms overlap the longer one stands (国際交流課 over 交流).
 */
final class TermFinder {

    /** A term to look for, and the entry it names. */
    record Candidate(String text, TermEntry entry, Term term) {
    }

    /** Where a candidate stands in the text. */
    record Found(int start, int end, Candidate candidate) {
    }

    private TermFinder() {
    }

    static List<Found> find(String text, LanguageTag language, List<Candidate> candidates) {
        if (text == null || text.isEmpty() || candidates.isEmpty()) {
            return List.of();
        }
        String folded = fold(text);
        WordBoundaries boundaries = null;
        List<Found> found = new ArrayList<>();
        for (Candidate candidate : candidates) {
            String term = fold(candidate.text());
            if (term.isEmpty()) {
                continue;
            }
            for (int at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
                if (boundaries == null) {
                    boundaries = WordBoundaries.of(text, language);
                }
                if (boundaries.mayStart(at) && boundaries.mayEnd(at + term.length())) {
                    found.add(new Found(at, at + term.length(), candidate));
                }
            }
        }
        return longestFirst(found);
    }

    private static List<Found> longestFirst(List<Found> found) {
        List<Found> kept = new ArrayList<>();
        found.stream()
                .sorted(Comparator.comparingInt((Found f) -> f.end() - f.start()).reversed()
                        .thenComparingInt(Found::start))
                .filter(f -> kept.stream().noneMatch(k -> k.start() < f.end() && f.start() < k.end()))
                .forEach(kept::add);
        kept.sort(Comparator.comparingInt(Found::start));
        return kept;
    }

    /** Lower case and half-width Latin, one character for one, so offsets in the folded text are the text's. */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '！' && c <= '～') {
                c = (char) (c - '！' + '!');
            } else if (c == '\u3000') {
                c = ' ';
            }
            folded.append(Character.toLowerCase(c));
        }
        return folded.toString();
    }
}
