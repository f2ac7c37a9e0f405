package org.kakehashi.machine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kakehashi.language.LanguageTag;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LibreTranslateClientTest {

    private static final LanguageTag JA = LanguageTag.of("ja");
    private static final LanguageTag EN = LanguageTag.of("en");
    private static final Duration CONNECT = Duration.ofSeconds(1);
    /** Long enough for a loaded build machine; the timeout tests use the short one. */
    private static final Duration REQUEST = Duration.ofSeconds(10);
    private static final Duration SHORT = Duration.ofMillis(500);

    private static LibreTranslateClient client(FakeTranslationService service, String apiKey) {
        return new LibreTranslateClient(service.base(), apiKey, CONNECT, REQUEST);
    }

    private static LibreTranslateClient impatientClient(FakeTranslationService service) {
        return new LibreTranslateClient(service.base(), null, CONNECT, SHORT);
    }

    @Test
    void postsTheTextsAsAnArrayWithTheLanguagesAndKeyAndReturnsTheTranslationsInOrder() {
        try (var service = FakeTranslationService.answeringWith(200,
                "{\"translatedText\": [\"Burnable garbage: Tuesdays.\", \"Put it out by 8 a.m.\"]}")) {

            List<String> drafts = client(service, "office-key").translate(
                    List.of("燃やすごみは火曜日です。", "午前8時までに出してください。"), JA, EN);

            assertThat(drafts).containsExactly("Burnable garbage: Tuesdays.", "Put it out by 8 a.m.");
            var request = service.requests().get(0);
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/translate");
            assertThat(request.contentType()).startsWith("application/json");
            assertThat(request.body().get("q").isArray()).isTrue();
            assertThat(request.body().get("q").get(0).asText()).isEqualTo("燃やすごみは火曜日です。");
            assertThat(request.body().get("q").get(1).asText()).isEqualTo("午前8時までに出してください。");
            assertThat(request.body().get("source").asText()).isEqualTo("ja");
            assertThat(request.body().get("target").asText()).isEqualTo("en");
            assertThat(request.body().get("format").asText()).isEqualTo("text");
            assertThat(request.body().get("api_key").asText()).isEqualTo("office-key");
        }
    }

    @Test
    void sendsQuotesBackslashesAndControlCharactersIntact() {
        try (var service = FakeTranslationService.answeringWith(200, "{\"translatedText\": [\"x\"]}")) {

            client(service, null).translate(List.of("「\"可燃\"」\\袋\n2枚\t\u0001"), JA, EN);

            assertThat(service.requests().get(0).body().get("q").get(0).asText())
                    .isEqualTo("「\"可燃\"」\\袋\n2枚\t\u0001");
        }
    }

    @Test
    void leavesTheApiKeyOutWhenThereIsNone() {
        try (var service = FakeTranslationService.answeringWith(200, "{\"translatedText\": [\"Hello\"]}")) {

            client(service, " ").translate(List.of("こんにちは"), JA, EN);

            assertThat(service.requests().get(0).body().has("api_key")).isFalse();
        }
    }

    @Test
    void namesTraditionalChineseAndBrazilianPortugueseByLibreTranslatesCodes() {
        try (var service = FakeTranslationService.answeringWith(200, "{\"translatedText\": [\"x\"]}")) {

            client(service, null).translate(List.of("x"), LanguageTag.of("pt-BR"), LanguageTag.of("zh-TW"));

            assertThat(service.requests().get(0).body().get("source").asText()).isEqualTo("pb");
            assertThat(service.requests().get(0).body().get("target").asText()).isEqualTo("zt");
        }
    }

    @Test
    void postsUnderTheBasePathWhateverItsTrailingSlash() {
        try (var service = FakeTranslationService.answeringWith(200, "{\"translatedText\": [\"Hello\"]}")) {
            URI base = URI.create(service.base() + "/mt/");

            new LibreTranslateClient(base, null, CONNECT, REQUEST).translate(List.of("こんにちは"), JA, EN);

            assertThat(service.requests().get(0).path()).isEqualTo("/mt/translate");
        }
    }

    @Test
    void asksNothingForNoTexts() {
        try (var service = FakeTranslationService.answeringWith(500, "")) {

            assertThat(client(service, null).translate(List.of(), JA, EN)).isEmpty();
            assertThat(service.requests()).isEmpty();
        }
    }

    @Test
    void aServerErrorIsUnavailabilityWithTheStatusAndTheServersWords() {
        try (var service = FakeTranslationService.answeringWith(500, "{\"error\": \"Cannot translate text\"}")) {

            assertThatThrownBy(() -> client(service, null).translate(List.of("こんにちは"), JA, EN))
                    .isInstanceOf(MachineTranslationUnavailable.class)
                    .hasMessage("LibreTranslate answered HTTP 500: {\"error\": \"Cannot translate text\"}");
        }
    }

    @Test
    void anUnsupportedLanguageIsUnavailability() {
        try (var service = FakeTranslationService.answeringWith(400, "{\"error\": \"zt is not supported\"}")) {

            assertThatThrownBy(() -> client(service, null).translate(List.of("x"), JA, LanguageTag.of("zh-Hant")))
                    .isInstanceOf(MachineTranslationUnavailable.class)
                    .hasMessageContaining("HTTP 400")
                    .hasMessageContaining("zt is not supported");
        }
    }

    @Test
    void fewerTranslationsThanTextsIsUnavailability() {
        try (var service = FakeTranslationService.answeringWith(200, "{\"translatedText\": [\"Hello\"]}")) {

            assertThatThrownBy(() -> client(service, null).translate(List.of("こんにちは", "さようなら"), JA, EN))
                    .isInstanceOf(MachineTranslationUnavailable.class)
                    .hasMessage("LibreTranslate answered 1 translations for 2 texts");
        }
    }

    @Test
    void aSingleStringWhereAListWasExpectedIsUnavailability() {
        try (var service = FakeTranslationService.answeringWith(200, "{\"translatedText\": \"Hello\"}")) {

            assertThatThrownBy(() -> client(service, null).translate(List.of("こんにちは"), JA, EN))
                    .isInstanceOf(MachineTranslationUnavailable.class)
                    .hasMessage("LibreTranslate answered without a list of translatedText");
        }
    }

    @Test
    void anAnswerThatIsNotJsonIsUnavailability() {
        try (var service = FakeTranslationService.answeringWith(200, "<html>Bad gateway</html>")) {

            assertThatThrownBy(() -> client(service, null).translate(List.of("こんにちは"), JA, EN))
                    .isInstanceOf(MachineTranslationUnavailable.class)
                    .hasMessage("LibreTranslate answered with malformed JSON");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{\"translatedText\": [\"Hello\",]}", "{\"translatedText\": [\"Hello\"]} {}",
            "{\"translatedText\": [\"tab\there\"]}", "{\"translatedText\": [\"\\x\"]}"})
    void anAnswerThatIsNotOneJsonValueIsUnavailability(String answer) {
        try (var service = FakeTranslationService.answeringWith(200, answer)) {

            assertThatThrownBy(() -> client(service, null).translate(List.of("こんにちは"), JA, EN))
                    .isInstanceOf(MachineTranslationUnavailable.class)
                    .hasMessage("LibreTranslate answered with malformed JSON");
        }
    }

    @Test
    void anAnswerNestedDeeperThanAnyAnswerIsUnavailabilityNotAStackOverflow() {
        try (var service = FakeTranslationService.answeringWith(200, "[".repeat(100_000) + "]".repeat(100_000))) {

            assertThatThrownBy(() -> client(service, null).translate(List.of("こんにちは"), JA, EN))
                    .isInstanceOf(MachineTranslationUnavailable.class)
                    .hasMessage("LibreTranslate answered with malformed JSON");
        }
    }

    @Test
    void aSilentServerIsUnavailabilityOnceTheRequestTimeoutHasPassed() {
        try (var service = FakeTranslationService.silent()) {
            Instant start = Instant.now();

            assertThatThrownBy(() -> impatientClient(service).translate(List.of("こんにちは"), JA, EN))
                    .isInstanceOf(MachineTranslationUnavailable.class)
                    .hasMessage("LibreTranslate did not answer within 500 ms");
            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void aClosedPortIsUnavailability() throws IOException {
        URI closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }

        assertThatThrownBy(() -> new LibreTranslateClient(closed, null, CONNECT, REQUEST)
                .translate(List.of("こんにちは"), JA, EN))
                .isInstanceOf(MachineTranslationUnavailable.class)
                .hasMessageStartingWith("LibreTranslate could not be reached");
    }
}
