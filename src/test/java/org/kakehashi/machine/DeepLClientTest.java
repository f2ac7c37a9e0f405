package org.kakehashi.machine;

import org.junit.jupiter.api.Test;
import org.kakehashi.language.LanguageTag;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeepLClientTest {

    private static final LanguageTag JA = LanguageTag.of("ja");
    private static final LanguageTag EN = LanguageTag.of("en");
    private static final Duration CONNECT = Duration.ofSeconds(1);
    /** Long enough for a loaded build machine; the timeout tests use the short one. */
    private static final Duration REQUEST = Duration.ofSeconds(10);
    private static final Duration SHORT = Duration.ofMillis(500);

    private static DeepLClient client(FakeTranslationService service) {
        return new DeepLClient(service.base(), "0f1e2d3c:fx", CONNECT, REQUEST);
    }

    private static DeepLClient impatientClient(FakeTranslationService service) {
        return new DeepLClient(service.base(), "0f1e2d3c:fx", CONNECT, SHORT);
    }

    @Test
    void postsTheTextsWithTheKeyInTheHeaderAndReturnsTheTranslationsInOrder() {
        try (var service = FakeTranslationService.answeringWith(200, """
                {"translations": [
                  {"detected_source_language": "JA", "text": "Burnable garbage: Tuesdays."},
                  {"detected_source_language": "JA", "text": "Put it out by 8 a.m."}
                ]}""")) {

            List<String> drafts = client(service).translate(
                    List.of("燃やすごみは火曜日です。", "午前8時までに出してください。"), JA, EN);

            assertThat(drafts).containsExactly("Burnable garbage: Tuesdays.", "Put it out by 8 a.m.");
            var request = service.requests().get(0);
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/v2/translate");
            assertThat(request.authorization()).isEqualTo("DeepL-Auth-Key 0f1e2d3c:fx");
            assertThat(request.contentType()).startsWith("application/json");
            assertThat(request.body().get("text").get(0).asText()).isEqualTo("燃やすごみは火曜日です。");
            assertThat(request.body().get("text").get(1).asText()).isEqualTo("午前8時までに出してください。");
            assertThat(request.body().get("source_lang").asText()).isEqualTo("JA");
            assertThat(request.body().get("target_lang").asText()).isEqualTo("EN-US");
        }
    }

    @Test
    void sendsOneHundredAndTwentyTextsAsFiftyFiftyAndTwentyAndJoinsTheTranslationsInOrder() {
        try (var service = FakeTranslationService.answering(request -> {
            StringBuilder translations = new StringBuilder();
            request.body().get("text").forEach(text -> translations.append(translations.isEmpty() ? "" : ",")
                    .append("{\"text\": \"").append(text.asText().replace("文", "sentence ")).append("\"}"));
            return new FakeTranslationService.Reply(200, "{\"translations\": [" + translations + "]}");
        })) {
            List<String> texts = IntStream.rangeClosed(1, 120).mapToObj(n -> "文" + n).toList();

            List<String> drafts = client(service).translate(texts, JA, EN);

            assertThat(service.requests()).extracting(request -> request.body().get("text").size())
                    .containsExactly(50, 50, 20);
            assertThat(service.requests()).extracting(request -> request.body().get("text").get(0).asText())
                    .containsExactly("文1", "文51", "文101");
            assertThat(drafts).hasSize(120);
            assertThat(drafts.get(0)).isEqualTo("sentence 1");
            assertThat(drafts.get(49)).isEqualTo("sentence 50");
            assertThat(drafts.get(50)).isEqualTo("sentence 51");
            assertThat(drafts.get(119)).isEqualTo("sentence 120");
        }
    }

    @Test
    void cannotBeMadeWithoutAKey() {
        assertThatThrownBy(() -> new DeepLClient(DeepLClient.FREE, " ", CONNECT, REQUEST))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRefusedKeyIsUnavailabilityWithTheStatus() {
        try (var service = FakeTranslationService.answeringWith(403,
                "{\"message\": \"Authorization failure, check auth_key\"}")) {

            assertThatThrownBy(() -> client(service).translate(List.of("こんにちは"), JA, EN))
                    .isInstanceOf(MachineTranslationUnavailable.class)
                    .hasMessage("DeepL answered HTTP 403: {\"message\": \"Authorization failure, check auth_key\"}");
        }
    }

    @Test
    void aServerErrorWithoutABodyIsUnavailabilityWithTheStatus() {
        try (var service = FakeTranslationService.answeringWith(500, "")) {

            assertThatThrownBy(() -> client(service).translate(List.of("こんにちは"), JA, EN))
                    .isInstanceOf(MachineTranslationUnavailable.class)
                    .hasMessage("DeepL answered HTTP 500");
        }
    }

    @Test
    void moreTranslationsThanTextsIsUnavailability() {
        try (var service = FakeTranslationService.answeringWith(200,
                "{\"translations\": [{\"text\": \"Hello\"}, {\"text\": \"Goodbye\"}]}")) {

            assertThatThrownBy(() -> client(service).translate(List.of("こんにちは"), JA, EN))
                    .isInstanceOf(MachineTranslationUnavailable.class)
                    .hasMessage("DeepL answered 2 translations for 1 texts");
        }
    }

    @Test
    void aTranslationWithoutTextIsUnavailability() {
        try (var service = FakeTranslationService.answeringWith(200,
                "{\"translations\": [{\"detected_source_language\": \"JA\"}]}")) {

            assertThatThrownBy(() -> client(service).translate(List.of("こんにちは"), JA, EN))
                    .isInstanceOf(MachineTranslationUnavailable.class)
                    .hasMessage("DeepL answered without a list of translations with text");
        }
    }

    @Test
    void aSilentServerIsUnavailabilityOnceTheRequestTimeoutHasPassed() {
        try (var service = FakeTranslationService.silent()) {
            Instant start = Instant.now();

            assertThatThrownBy(() -> impatientClient(service).translate(List.of("こんにちは"), JA, EN))
                    .isInstanceOf(MachineTranslationUnavailable.class)
                    .hasMessage("DeepL did not answer within 500 ms");
            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void aServerThatStallsInTheMiddleOfItsAnswerIsUnavailabilityOnceTheRequestTimeoutHasPassed() {
        try (var service = FakeTranslationService.stallingInTheBody()) {
            Instant start = Instant.now();

            assertThatThrownBy(() -> impatientClient(service).translate(List.of("こんにちは"), JA, EN))
                    .isInstanceOf(MachineTranslationUnavailable.class)
                    .hasMessage("DeepL did not answer within 500 ms");
            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(3));
        }
    }
}
