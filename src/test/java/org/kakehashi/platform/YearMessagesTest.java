package org.kakehashi.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kakehashi.platform.problem.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A year is written as people write years: 2018, 2018年度, never 2,018. */
class YearMessagesTest {

    /** Every message that takes a year, with its arguments: years, and a week's first day. */
    private static final Map<String, Object[]> TAKING_A_YEAR = Map.of(
            "report.year-out-of-range", new Object[] {2018, 2019, 2099},
            "calendar.year-out-of-range", new Object[] {2018, 2019, 2099},
            "calendar.date-beyond", new Object[] {"2100-01-04", 2099},
            "interpreting.week-out-of-range", new Object[] {2020, 2099, "2100-01-04"});

    /** A placeholder right before 年 (2018年, 2018年度) is a year in the Japanese catalogue. */
    private static final Pattern JAPANESE_YEAR = Pattern.compile("\\{\\d[^}]*}年");

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
            "report.year-out-of-range,       ja, 2018年度の実績はありません。2019年度から2099年度までを選んでください。",
            "report.year-out-of-range,       en, There is no report for fiscal year 2018: choose a year from 2019 to 2099.",
            "calendar.year-out-of-range,     ja, 暦は2019年から2099年までです（2018年は対象外です）。",
            "calendar.year-out-of-range,     en, 'The calendar covers 2019 to 2099, not 2018.'"})
    void aYearIsNeverGroupedInThousands(String key, String language, String expected) {
        assertThat(Messages.of(Locale.forLanguageTag(language)).format(key, 2018, 2019, 2099)).isEqualTo(expected);
    }

    @Test
    void everyMessageWithAYearBeforeNenIsCheckedHere() throws IOException {
        Properties japanese = bundle("/messages_ja.properties");
        Set<String> withYears = new TreeSet<>();
        for (String key : japanese.stringPropertyNames()) {
            Matcher year = JAPANESE_YEAR.matcher(japanese.getProperty(key));
            if (year.find()) {
                withYears.add(key);
            }
        }
        assertThat(TAKING_A_YEAR.keySet()).containsAll(withYears);
        TAKING_A_YEAR.forEach((key, arguments) -> {
            for (Locale locale : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
                assertThat(Messages.of(locale).format(key, arguments)).as(key).doesNotContain("2,0");
            }
        });
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = YearMessagesTest.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
