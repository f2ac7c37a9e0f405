package org.kakehashi.memory;

import java.util.List;

/**
 * How alike two segments are, as translation tools count it: 100 less the share of characters (Japanese, Chinese)
 * or words (other languages) one must insert, delete or replace to turn the one into the other, rounded down. Only
 * the same text scores 100.
 */
final class FuzzyScore {

    private FuzzyScore() {
    }

    static int percent(MatchText a, MatchText b) {
        if (a.folded().equals(b.folded())) {
            return 100;
        }
        List<String> x = a.tokens();
        List<String> y = b.tokens();
        int longer = Math.max(x.size(), y.size());
        if (longer == 0) {
            return 100;
        }
        int score = (int) Math.floor(100.0 * (longer - distance(x, y)) / longer);
        return Math.min(score, 99);
    }

    /** Levenshtein's edit distance between two token lists, in two rows. */
    static int distance(List<String> x, List<String> y) {
        int[] previous = new int[y.size() + 1];
        int[] current = new int[y.size() + 1];
        for (int j = 0; j <= y.size(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.size(); i++) {
            current[0] = i;
            for (int j = 1; j <= y.size(); j++) {
                int replace = previous[j - 1] + (x.get(i - 1).equals(y.get(j - 1)) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.size()];
    }
}
