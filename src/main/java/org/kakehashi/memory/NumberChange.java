package org.kakehashi.memory;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number, date or era year a match has where the new segment has another: 令和7年度 where the text says 令和8年度.
 * A translator taking the match must change it.
 *
 * @param memory what the memory's segment says
 * @param text   what the new segment says in its place, or null when the new segment has no such number
 */
public record NumberChange(String memory, String text) {

    private static final String UNIT = "(?:年度|年|か月|ヶ月|月|日|時|分|円|人|名|件|%)";
    /** A number with its unit, a date or time read as one: 令和8年10月29日, 10時30分, 1,500円. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?:令和|平成|昭和|大正|明治)?\\d+(?:[.,:]\\d+)*" + UNIT + "?(?:\\d+(?:[.,:]\\d+)*" + UNIT + ")*");

    /** Numbers compared in the order they stand; where the counts differ, those of one side the other lacks. */
    static List<NumberChange> between(String memorySource, String text) {
        List<String> before = numbers(memorySource);
        List<String> now = numbers(text);
        List<NumberChange> changes = new ArrayList<>();
        if (before.size() == now.size()) {
            for (int i = 0; i < before.size(); i++) {
                if (!before.get(i).equals(now.get(i))) {
                    changes.add(new NumberChange(before.get(i), now.get(i)));
                }
            }
            return changes;
        }
        List<String> unmatched = new ArrayList<>(now);
        for (String number : before) {
            if (!unmatched.remove(number)) {
                changes.add(new NumberChange(number, null));
            }
        }
        unmatched.forEach(number -> changes.add(new NumberChange(null, number)));
        return changes;
    }

    private static List<String> numbers(String text) {
        List<String> numbers = new ArrayList<>();
        Matcher number = NUMBER.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC));
        while (number.find()) {
            numbers.add(number.group());
        }
        return numbers;
    }
}
