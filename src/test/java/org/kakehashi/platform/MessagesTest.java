package org.kakehashi.platform;

import org.junit.jupiter.api.Test;
import org.kakehashi.platform.problem.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTest {

    @Test
    void everyMessageExistsInJapaneseAndEnglish() throws IOException {
        assertThat(keys("/messages_ja.properties")).isEqualTo(keys("/messages.properties"));
    }

    @Test
    void everyRejectionReasonIsExplainedInJapaneseAndEnglish() throws IOException {
        java.util.List<String> codes = new org.kakehashi.request.RejectionReasons().codes();
        assertThat(codes).contains("refused-topic", "other");
        for (String code : codes) {
            assertThat(keys("/citizen.properties")).contains("rejection." + code);
            assertThat(keys("/citizen_ja.properties")).contains("rejection." + code);
        }
    }

    @Test
    void theCallersFirstSupportedLanguageWins() {
        assertThat(Messages.forPreferences(List.of(Locale.FRENCH, Locale.JAPAN)).locale()).isEqualTo(Locale.JAPANESE);
        assertThat(Messages.forPreferences(List.of(Locale.TRADITIONAL_CHINESE)).locale()).isEqualTo(Locale.ENGLISH);
        assertThat(Messages.forPreferences(List.of()).locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void countsFollowThePluralRulesOfTheLanguage() {
        assertThat(Messages.of(Locale.ENGLISH).format("problem.invalid-fields", 1, "text"))
                .isEqualTo("One field is not valid: text");
        assertThat(Messages.of(Locale.ENGLISH).format("problem.invalid-fields", 2, "text, wantedBy"))
                .isEqualTo("2 fields are not valid: text, wantedBy");
        assertThat(Messages.of(Locale.JAPANESE).format("problem.invalid-fields", 2, "text, wantedBy"))
                .isEqualTo("2件の項目に誤りがあります：text, wantedBy");
    }

    private static java.util.Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames();
    }
}
