package org.kakehashi.citizen;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every catalogue a citizen reads from, the pages' (js/messages/citizen/*.js) and the server's (citizen*.properties,
 * ValidationMessages*.properties), in each of the ten languages: the same keys as English, ICU MessageFormat that
 * ICU4J parses, the same arguments as English, and an other case in every plural.
 */
class CitizenCataloguesTest {

    /** The page catalogues' tags and the server bundles' suffixes, English first. */
    private static final Map<String, String> LANGUAGES = new LinkedHashMap<>();

    static {
        LANGUAGES.put("en", "");
        LANGUAGES.put("ja", "_ja");
        LANGUAGES.put("ja-x-easy", "_ja_x_easy");
        LANGUAGES.put("zh-Hans", "_zh_Hans");
        LANGUAGES.put("ko", "_ko");
        LANGUAGES.put("vi", "_vi");
        LANGUAGES.put("pt-BR", "_pt_BR");
        LANGUAGES.put("tl", "_tl");
        LANGUAGES.put("ne", "_ne");
        LANGUAGES.put("id", "_id");
    }

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path PAGE_CATALOGUES = Path.of("src/main/webapp/js/messages/citizen");
    private static final Pattern RUBY = Pattern.compile("｜[^｜《》]+《[^｜《》]+》");

    @Test
    void thePagesHaveACatalogueForEachOfTheTenLanguagesAndNoOther() throws IOException {
        try (var files = Files.list(PAGE_CATALOGUES)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(LANGUAGES.keySet().stream().map(tag -> tag + ".js").toList());
        }
    }

    @Test
    void everyPageCatalogueHasTheEnglishKeysAndEachMessageParsesWithTheEnglishArguments() throws IOException {
        Map<String, Map<String, String>> catalogues = new LinkedHashMap<>();
        for (String tag : LANGUAGES.keySet()) {
            catalogues.put(tag, pageCatalogue(tag));
        }
        assertSameMessages(catalogues, "en");
    }

    @Test
    void everyServerCatalogueOfCitizenTextsHasTheEnglishKeysAndEachMessageParsesWithTheEnglishArguments()
            throws IOException {
        Map<String, Map<String, String>> catalogues = new LinkedHashMap<>();
        for (Map.Entry<String, String> language : LANGUAGES.entrySet()) {
            catalogues.put(language.getKey(), properties("citizen" + language.getValue() + ".properties"));
        }
        assertSameMessages(catalogues, "en");
    }

    @Test
    void everyLanguageExplainsTheConstraintsThePublicFormCanBreak() throws IOException {
        Map<String, Map<String, String>> catalogues = new LinkedHashMap<>();
        for (Map.Entry<String, String> language : LANGUAGES.entrySet()) {
            if (!language.getKey().equals("ja-x-easy")) {
                catalogues.put(language.getKey(),
                        properties("ValidationMessages" + language.getValue() + ".properties"));
            }
        }
        assertSameMessages(catalogues, "en");
        assertThat(catalogues.get("en")).containsKeys("jakarta.validation.constraints.NotBlank.message",
                "jakarta.validation.constraints.Size.message", "jakarta.validation.constraints.Email.message");
    }

    @Test
    void easyJapaneseMarksItsReadingsOnlyInTheRubyNotation() throws IOException {
        for (Map.Entry<String, String> message : pageCatalogue("ja-x-easy").entrySet()) {
            assertThat(RUBY.matcher(message.getValue()).replaceAll(""))
                    .as(message.getKey()).doesNotContain("｜", "《", "》", "<");
        }
        assertThat(pageCatalogue("ja-x-easy").values()).anyMatch(value -> RUBY.matcher(value).find());
    }

    @Test
    void aPluralWithoutItsOtherCaseIsRefused() {
        assertThat(problems("en", "{0, plural, one {# day}}", Set.of("0"))).isNotEmpty();
        assertThat(problems("en", "{0, plural, one {# day} other {# days}}", Set.of("0"))).isEmpty();
    }

    private static void assertSameMessages(Map<String, Map<String, String>> catalogues, String reference) {
        Map<String, String> english = catalogues.get(reference);
        assertThat(english).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> catalogue : catalogues.entrySet()) {
            String tag = catalogue.getKey();
            assertThat(catalogue.getValue().keySet()).as(tag).containsExactlyInAnyOrderElementsOf(english.keySet());
            for (Map.Entry<String, String> message : catalogue.getValue().entrySet()) {
                Set<String> englishArguments = arguments(new MessagePattern(english.get(message.getKey())));
                problems.addAll(problems(tag, message.getValue(), englishArguments).stream()
                        .map(problem -> tag + " " + message.getKey() + ": " + problem).toList());
            }
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }

    /** What is wrong with a message in ICU4J's eyes: it does not parse, names other arguments, lacks an other. */
    private static List<String> problems(String tag, String message, Set<String> expectedArguments) {
        List<String> problems = new ArrayList<>();
        try {
            new MessageFormat(message, ULocale.forLanguageTag(tag));
            Set<String> arguments = arguments(new MessagePattern(message));
            if (!arguments.equals(expectedArguments)) {
                problems.add("arguments " + arguments + " instead of " + expectedArguments);
            }
        } catch (IllegalArgumentException e) {
            problems.add("does not parse: " + e.getMessage());
            return problems;
        }
        MessagePattern pattern = new MessagePattern(message);
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START && part.getArgType().hasPluralStyle()
                    && !selectors(pattern, i).contains("other")) {
                problems.add("a plural without an other case");
            }
        }
        return problems;
    }

    /** The names of all arguments, those in a plural's or select's cases too (ICU's getArgumentNames skips them). */
    private static Set<String> arguments(MessagePattern pattern) {
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            MessagePattern.Part.Type type = part.getType();
            if (type == MessagePattern.Part.Type.ARG_NAME || type == MessagePattern.Part.Type.ARG_NUMBER) {
                names.add(pattern.getSubstring(part));
            }
        }
        return names;
    }

    private static List<String> selectors(MessagePattern pattern, int argStart) {
        List<String> selectors = new ArrayList<>();
        int limit = pattern.getLimitPartIndex(argStart);
        for (int i = argStart + 1; i < limit; i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                selectors.add(pattern.getSubstring(part));
            } else if (part.getType() == MessagePattern.Part.Type.MSG_START) {
                i = pattern.getLimitPartIndex(i);
            }
        }
        return selectors;
    }

    /** A page catalogue: a JavaScript module whose default export is a JSON object. */
    private static Map<String, String> pageCatalogue(String tag) throws IOException {
        String source = Files.readString(PAGE_CATALOGUES.resolve(tag + ".js"), StandardCharsets.UTF_8);
        String json = source.substring(source.indexOf("export default ") + "export default ".length(),
                source.lastIndexOf('}') + 1);
        Map<String, String> messages = new TreeMap<>();
        new ObjectMapper().readTree(json).fields()
                .forEachRemaining(field -> messages.put(field.getKey(), field.getValue().textValue()));
        return messages;
    }

    private static Map<String, String> properties(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(RESOURCES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        Map<String, String> messages = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> messages.put(key, properties.getProperty(key)));
        return messages;
    }
}
