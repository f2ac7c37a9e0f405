package org.kakehashi.request;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Requests submitted, by type ({@code kakehashi_requests_submitted_total{type="TRANSLATION"}}), counted once the
 * submission has committed; Prometheus makes requests per day of it ({@code increase(…[1d])}), over every node.
 */
@ApplicationScoped
public class SubmissionMeters {

    @Inject
    MeterRegistry registry;

    void count(@Observes(during = TransactionPhase.AFTER_SUCCESS) RequestSubmitted submitted) {
        registry.counter("kakehashi.requests.submitted", "type", submitted.type().name()).increment();
    }
}
