package org.kakehashi.request;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Requests submitted, by type ({@code kakehashi_requests_submitted_total{type="TRANSLATION"}}), counted once the
 * submission has committed; Prometheus makes requests per day of it ({@code increase(…[1d])}), over every node.
 */
@ApplicationScoped
public class SubmissionMeters {

    @Inject
    MeterRegistry registry;

    /** Looked up in the registry once per type: WildFly's registry searches its meters on every lookup. */
    private final Map<RequestType, Counter> counters = new ConcurrentHashMap<>();

    void count(@Observes(during = TransactionPhase.AFTER_SUCCESS) RequestSubmitted submitted) {
        counters.computeIfAbsent(submitted.type(),
                type -> registry.counter("kakehashi.requests.submitted", "type", type.name())).increment();
    }
}
