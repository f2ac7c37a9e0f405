package org.kakehashi.platform;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every request body and answer. Without a resolver, RESTEasy 6.2 builds a new Jsonb for
 * each call, and Yasson then inspects every class it meets afresh: that was 42 % of the server's CPU in a
 * submission (bench/run profile). A Jsonb is thread-safe and keeps what it learnt of each class.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    /** The same instance for what is written outside JAX-RS. */
    public static Jsonb instance() {
        return JSONB;
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
