package org.kakehashi.machine;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.kakehashi.language.LanguageTag;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * DeepL's API. {@code POST {base}/v2/translate} with the header {@code Authorization: DeepL-Auth-Key <key>} takes
 * {@code {"text": [...], "source_lang": "JA", "target_lang": "EN-US"}} and answers
 * {@code {"translations": [{"detected_source_language": "JA", "text": "..."}, ...]}} in the order of the texts
 * (developers.deepl.com, "OpenAPI spec for text translation"). DeepL has taken at most 50 texts in one request,
 * so longer lists go in several. Language codes: {@link DeepLCodes}.
 */
public class DeepLClient implements MachineTranslator {

    /** The base address of the API for keys of the free plan, which end in {@code :fx}. */
    public static final URI FREE = URI.create("https://api-free.deepl.com");

    /** The base address of the API for keys of the paid plans. */
    public static final URI PRO = URI.create("https://api.deepl.com");

    static final int BATCH = 50;

    private final URI translate;
    private final String authKey;
    private final JsonPost post;

    /**
     * @throws IllegalArgumentException without a key, as DeepL answers nothing without one
     */
    public DeepLClient(URI base, String authKey, Duration connectTimeout, Duration requestTimeout) {
        if (authKey == null || authKey.isBlank()) {
            throw new IllegalArgumentException("DeepL needs an authentication key");
        }
        this.translate = URI.create(base.toString().replaceAll("/+$", "") + "/v2/translate");
        this.authKey = authKey;
        this.post = new JsonPost(name(), connectTimeout, requestTimeout);
    }

    @Override
    public List<String> translate(List<String> texts, LanguageTag source, LanguageTag target) {
        return Batches.translated(texts, BATCH, batch -> translateBatch(batch, source, target));
    }

    private List<String> translateBatch(List<String> texts, LanguageTag source, LanguageTag target) {
        JsonObject body = Json.createObjectBuilder()
                .add("text", Json.createArrayBuilder(texts))
                .add("source_lang", DeepLCodes.source(source))
                .add("target_lang", DeepLCodes.target(target))
                .build();
        JsonValue answer = post.send(translate, body, "Authorization", "DeepL-Auth-Key " + authKey);
        if (answer instanceof JsonObject object && object.get("translations") instanceof JsonArray translations
                && translations.stream().allMatch(DeepLClient::hasText)) {
            return Translations.exactlyOneEach(name(), texts,
                    translations.getValuesAs(translation -> translation.asJsonObject().getString("text")));
        }
        throw new MachineTranslationUnavailable(name() + " answered without a list of translations with text");
    }

    private static boolean hasText(JsonValue translation) {
        return translation instanceof JsonObject each && each.get("text") instanceof JsonString;
    }

    @Override
    public String name() {
        return "DeepL";
    }
}
