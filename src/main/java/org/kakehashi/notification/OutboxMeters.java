package org.kakehashi.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.kakehashi.platform.metrics.Gauges;
import org.kakehashi.platform.metrics.Sampled;
import org.kakehashi.platform.outbox.Sending;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The mail outbox's backlog (waiting, given up on) and every failed attempt to hand a mail to the SMTP server. */
@ApplicationScoped
public class OutboxMeters {

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;
    @Inject
    MeterRegistry registry;
    @Inject
    Clock clock;

    private Gauges gauges;
    private Counter failures;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        Sampled<Map<Sending.Status, Long>> counts = new Sampled<>(this::read, Map.of(), clock);
        gauges = new Gauges(registry);
        for (Sending.Status status : List.of(Sending.Status.QUEUED, Sending.Status.FAILED)) {
            gauges.add("kakehashi.mail.outbox", Tags.of("status", status.name()), counts,
                    c -> c.get().getOrDefault(status, 0L));
        }
        failures = registry.counter("kakehashi.mail.failures");
    }

    @PreDestroy
    void remove() {
        if (gauges != null) {
            gauges.removeAll();
        }
    }

    void failed() {
        failures.increment();
    }

    private Map<Sending.Status, Long> read() {
        Map<Sending.Status, Long> counts = new EnumMap<>(Sending.Status.class);
        em.createQuery("""
                        select m.sending.status, count(m) from OutboxMail m
                        where m.sending.status <> :sent group by m.sending.status""", Object[].class)
                .setParameter("sent", Sending.Status.SENT)
                .getResultList()
                .forEach(row -> counts.put((Sending.Status) row[0], (Long) row[1]));
        return counts;
    }
}
