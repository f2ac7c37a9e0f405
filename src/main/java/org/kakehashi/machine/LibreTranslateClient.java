package org.kakehashi.machine;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.kakehashi.language.LanguageTag;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * A LibreTranslate server, usually the office's own. {@code POST {base}/translate} takes a JSON object whose
 * {@code q} is an array of texts, with {@code source}, {@code target}, {@code format} ({@code text}: no markup)
 * and, when the server asks for one, {@code api_key}; for an array {@code q} it answers
 * {@code {"translatedText": [...]}} in the same order (LibreTranslate README, "Can I do batch translations?";
 * {@code translate()} in libretranslate/app.py). Language codes: {@link LibreTranslateCodes}.
 */
public class LibreTranslateClient implements MachineTranslator {

    /** A server started with {@code --batch-limit} must allow at least this many texts in one request. */
    static final int BATCH = 50;

    private final URI translate;
    private final String apiKey;
    private final JsonPost post;

    /**
     * @param apiKey null or blank when the server needs none
     */
    public LibreTranslateClient(URI base, String apiKey, Duration connectTimeout, Duration requestTimeout) {
        this.translate = URI.create(base.toString().replaceAll("/+$", "") + "/translate");
        this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey;
        this.post = new JsonPost(name(), connectTimeout, requestTimeout);
    }

    @Override
    public List<String> translate(List<String> texts, LanguageTag source, LanguageTag target) {
        return Batches.translated(texts, BATCH, batch -> translateBatch(batch, source, target));
    }

    private List<String> translateBatch(List<String> texts, LanguageTag source, LanguageTag target) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("q", Json.createArrayBuilder(texts))
                .add("source", LibreTranslateCodes.of(source))
                .add("target", LibreTranslateCodes.of(target))
                .add("format", "text");
        if (apiKey != null) {
            body.add("api_key", apiKey);
        }
        JsonValue answer = post.send(translate, body.build());
        if (answer instanceof JsonObject object && object.get("translatedText") instanceof JsonArray translated
                && translated.stream().allMatch(JsonString.class::isInstance)) {
            return Translations.exactlyOneEach(name(), texts, translated.getValuesAs(JsonString::getString));
        }
        throw new MachineTranslationUnavailable(name() + " answered without a list of translatedText");
    }

    @Override
    public String name() {
        return "LibreTranslate";
    }
}
