package org.kakehashi.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.kakehashi.platform.SharedJsonb;
import org.kakehashi.platform.config.StartSettings;
import org.kakehashi.platform.outbox.Sending;
import org.kakehashi.platform.outbox.SkipLocked;
import org.kakehashi.request.Request;
import org.kakehashi.request.RequestRepository;
import org.kakehashi.request.RequestStepTaken;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The webhooks' outbox: a step the endpoints want is written for each of them in the step's own transaction, so a
 * step that rolls back announces nothing and one that commits is never forgotten.
 */
@ApplicationScoped
@Transactional
public class WebhookOutbox {

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;
    @Inject
    RequestRepository requests;
    @Inject
    StartSettings settings;
    @Inject
    Event<WebhookQueued> queued;
    @Inject
    Clock clock;

    void onStep(@Observes RequestStepTaken step) {
        WebhookEvent.of(step.event()).ifPresent(event -> {
            List<WebhookEndpoint> listening = listeningTo(event);
            if (listening.isEmpty()) {
                return;
            }
            Request request = requests.find(step.number()).orElseThrow();
            String payload = SharedJsonb.instance().toJson(WebhookPayload.of(event, step, request, settings.baseUrl()));
            listening.forEach(endpoint -> em.persist(
                    new WebhookMessage(endpoint, event, step.number().value(), payload, clock.instant())));
            queued.fire(new WebhookQueued());
        });
    }

    private List<WebhookEndpoint> listeningTo(WebhookEvent event) {
        return em.createQuery("select e from WebhookEndpoint e join e.events wanted where e.active and wanted = :event",
                        WebhookEndpoint.class)
                .setParameter("event", event)
                .getResultList();
    }

    /** Every endpoint, the retired ones too, oldest first. */
    public List<WebhookEndpoint> endpoints() {
        return em.createQuery("select e from WebhookEndpoint e order by e.registeredAt", WebhookEndpoint.class)
                .getResultList();
    }

    public Optional<WebhookEndpoint> endpoint(UUID id) {
        return Optional.ofNullable(em.find(WebhookEndpoint.class, id));
    }

    void add(WebhookEndpoint endpoint) {
        em.persist(endpoint);
    }

    /** Messages due now, locked for this transaction: two nodes never send the same message at once. */
    List<WebhookMessage> due(int limit) {
        return SkipLocked.rows(em.createQuery("""
                        select m from WebhookMessage m
                        where m.sending.status = :queued and m.sending.nextAttemptAt <= :now
                        order by m.sending.nextAttemptAt""", WebhookMessage.class))
                .setParameter("queued", Sending.Status.QUEUED)
                .setParameter("now", clock.instant())
                .setMaxResults(limit)
                .getResultList();
    }

    public List<WebhookMessage> withStatus(Sending.Status status, int limit) {
        return em.createQuery("""
                        select m from WebhookMessage m where m.sending.status = :status
                        order by m.sending.queuedAt desc""", WebhookMessage.class)
                .setParameter("status", status)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Those given up on and those whose receiver failed at least once, newest first. */
    public List<WebhookMessage> failing(int limit) {
        return em.createQuery("""
                        select m from WebhookMessage m
                        where m.sending.status = :failed or (m.sending.status = :queued and m.sending.attempts > 0)
                        order by m.sending.queuedAt desc""", WebhookMessage.class)
                .setParameter("failed", Sending.Status.FAILED)
                .setParameter("queued", Sending.Status.QUEUED)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Retention: the messages their receivers took before the cut-off go; those failing stay for the admin. */
    public int forgetSentBefore(Instant cutoff) {
        return em.createQuery("""
                        delete from WebhookMessage m
                        where m.sending.status = :sent and m.sending.sentAt < :cutoff""")
                .setParameter("sent", Sending.Status.SENT)
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }

    public Optional<WebhookMessage> message(UUID id) {
        return Optional.ofNullable(em.find(WebhookMessage.class, id));
    }

    public WebhookMessage retry(UUID id) {
        WebhookMessage message = message(id).orElseThrow(() -> WebhookProblem.noSuchMessage(id));
        message.sending().retry(clock.instant());
        queued.fire(new WebhookQueued());
        return message;
    }
}
