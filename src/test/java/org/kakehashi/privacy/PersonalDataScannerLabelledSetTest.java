package org.kakehashi.privacy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scanner against hand-labelled examples (privacy/labelled-examples.tsv): half hold personal data, half are
 * tricky negatives (request numbers, prices, fiscal years, dates that are no birth dates, twelve digits with a
 * wrong check digit, ISBNs, invoice and member numbers shaped like phone numbers). A false negative is a kind a line
 * holds that the scanner does not report; a false positive, a kind it reports that the line does not hold.
 *
 * <p>What it gets wrong, stated and asserted so that a change shows:
 * <ul>
 *   <li>misses a foreign number written without its country code (06 835 7579, New Zealand): numbers without one
 *       are read as Japanese;</li>
 *   <li>misses a birth date written apart from 生まれ (1985年4月1日、苫小牧市で生まれました);</li>
 *   <li>takes an unlabelled twelve-digit delivery slip number that happens to end in a valid check digit for a My
 *       Number (one in ten does);</li>
 *   <li>takes an unlabelled part code of the residence card's shape (AB12345678CD) for a residence card number.</li>
 * </ul>
 */
class PersonalDataScannerLabelledSetTest {

    private static final String EXAMPLES = "/privacy/labelled-examples.tsv";
    private static final String NONE = "-";

    private static List<Example> examples;

    private final PersonalDataScanner scanner = new PersonalDataScanner();

    record Example(String text, Set<PersonalDataKind> expected) {
    }

    record Miss(String text, PersonalDataKind kind) {
    }

    @BeforeAll
    static void readExamples() throws IOException {
        try (InputStream in = PersonalDataScannerLabelledSetTest.class.getResourceAsStream(EXAMPLES)) {
            examples = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(PersonalDataScannerLabelledSetTest::example)
                    .toList();
        }
    }

    @Test
    void theSetHasAtLeastSixtyExamplesAboutHalfOfThemWithoutPersonalData() {
        long negatives = examples.stream().filter(e -> e.expected().isEmpty()).count();

        assertThat(examples).hasSizeGreaterThanOrEqualTo(60);
        assertThat(negatives).isBetween(examples.size() * 2L / 5, examples.size() * 3L / 5);
    }

    @Test
    void theLabelledSetHasTwoFalseNegativesAndTwoFalsePositives() {
        List<Miss> falseNegatives = new ArrayList<>();
        List<Miss> falsePositives = new ArrayList<>();
        for (Example example : examples) {
            Set<PersonalDataKind> found = EnumSet.noneOf(PersonalDataKind.class);
            scanner.scan(example.text()).forEach(finding -> found.add(finding.kind()));
            for (PersonalDataKind kind : PersonalDataKind.values()) {
                if (example.expected().contains(kind) && !found.contains(kind)) {
                    falseNegatives.add(new Miss(example.text(), kind));
                } else if (found.contains(kind) && !example.expected().contains(kind)) {
                    falsePositives.add(new Miss(example.text(), kind));
                }
            }
        }

        assertThat(falseNegatives).containsExactlyInAnyOrder(
                new Miss("New Zealand office: 06 835 7579", PersonalDataKind.PHONE_NUMBER),
                new Miss("1985年4月1日、苫小牧市で生まれました。", PersonalDataKind.DATE_OF_BIRTH));
        assertThat(falsePositives).containsExactlyInAnyOrder(
                new Miss("ヤマト運輸の伝票876543210989でお届けします", PersonalDataKind.MY_NUMBER),
                new Miss("部品 AB12345678CD を交換", PersonalDataKind.RESIDENCE_CARD_NUMBER));
    }

    private static Example example(String line) {
        String[] columns = line.split("\t");
        if (columns.length != 2) {
            throw new IllegalArgumentException("a text, a tab and its kinds: " + line);
        }
        Set<PersonalDataKind> kinds = columns[1].equals(NONE)
                ? EnumSet.noneOf(PersonalDataKind.class)
                : Arrays.stream(columns[1].split(",")).map(PersonalDataKind::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(PersonalDataKind.class)));
        return new Example(columns[0], kinds);
    }
}
