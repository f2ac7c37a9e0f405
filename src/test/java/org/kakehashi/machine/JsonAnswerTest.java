package org.kakehashi.machine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonAnswerTest {

    @Test
    void readsObjectsArraysStringsNumbersAndLiterals() {
        Object answer = JsonAnswer.parse("""
                 {"translations": [{"text": "Hi", "billed_characters": 42, "ok": true, "alt": null}],
                  "rate": -1.5e2, "done": false, "empty": {}, "none": []}\s""");

        assertThat(answer).isEqualTo(Map.of(
                "translations", List.of(aTranslationWithANullField()),
                "rate", new BigDecimal("-1.5e2"), "done", false, "empty", Map.of(), "none", List.of()));
    }

    private static Map<String, Object> aTranslationWithANullField() {
        Map<String, Object> translation = new LinkedHashMap<>();
        translation.put("text", "Hi");
        translation.put("billed_characters", new BigDecimal("42"));
        translation.put("ok", true);
        translation.put("alt", null);
        return translation;
    }

    @Test
    void readsEscapesIncludingASurrogatePair() {
        assertThat(JsonAnswer.parse("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u3054\\u307f\\ud83d\\uddd1\""))
                .isEqualTo("\"\\/\b\f\n\r\tごみ🗑");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[1,]", "{\"a\" 1}", "{a: 1}", "\"open", "\"\\x\"", "\"\\u12\"", "tru",
            "01", "{} {}", "\"tab\there\""})
    void refusesWhatIsNotOneJsonValue(String text) {
        assertThatThrownBy(() -> JsonAnswer.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesNestingDeeperThanAnyAnswer() {
        char[] brackets = new char[10_000];
        Arrays.fill(brackets, '[');

        assertThatThrownBy(() -> JsonAnswer.parse(new String(brackets)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nested too deep");
    }
}
