package org.kakehashi.platform.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.EntityPart;

import java.io.IOException;
import java.io.InputStream;

/** The parts of a multipart form as the resources read them: a file's bytes, a form sent as JSON. */
public final class FormParts {

    private FormParts() {
    }

    public static byte[] bytesOf(EntityPart part) throws IOException {
        try (InputStream content = part.getContent()) {
            return content.readAllBytes();
        }
    }

    /** Malformed JSON in a form part is a 400 like a malformed JSON body. */
    public static <T> T jsonOf(EntityPart part, Class<T> type) throws IOException {
        try (InputStream content = part.getContent()) {
            return Json.READER.fromJson(content, type);
        } catch (JsonbException e) {
            throw new ProcessingException(e);
        }
    }

    /** Made on the first form read: classes that name this one also serve where no JSON-B provider is (tests). */
    private static final class Json {
        static final Jsonb READER = JsonbBuilder.create();
    }
}
