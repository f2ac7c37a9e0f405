package org.kakehashi.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kakehashi.platform.audit.AdministrativeChange.Subject;
import org.kakehashi.platform.audit.ChangeLog;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** An administrator registers and retires endpoints; each change is in the change log, never with the secret. */
@ApplicationScoped
@Transactional
public class WebhookRegistry {

    @Inject
    WebhookOutbox outbox;
    @Inject
    ChangeLog changes;
    @Inject
    Clock clock;

    /** @return the endpoint, whose secret the administrator is shown this once */
    public WebhookEndpoint register(String url, String description, List<String> events, String admin) {
        WebhookEndpoint endpoint = new WebhookEndpoint(address(url), blankToNull(description), events(events), admin,
                clock.instant());
        outbox.add(endpoint);
        changes.record(admin, Subject.WEBHOOK, endpoint.id().toString(), null, state(endpoint));
        return endpoint;
    }

    public WebhookEndpoint retire(UUID id, String admin) {
        WebhookEndpoint endpoint = outbox.endpoint(id).orElseThrow(() -> WebhookProblem.noSuchEndpoint(id));
        Map<String, Object> before = state(endpoint);
        endpoint.retire();
        changes.record(admin, Subject.WEBHOOK, id.toString(), before, state(endpoint));
        return endpoint;
    }

    /** An absolute http or https address with a host: where a receiver listens. */
    private static URI address(String given) {
        if (given == null || given.isBlank()) {
            throw WebhookProblem.invalidUrl("");
        }
        try {
            URI uri = new URI(given.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw WebhookProblem.invalidUrl(given);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw WebhookProblem.invalidUrl(given);
        }
    }

    private static Set<WebhookEvent> events(List<String> types) {
        if (types == null || types.isEmpty()) {
            throw WebhookProblem.noEvents();
        }
        Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
        for (String type : types) {
            events.add(WebhookEvent.typed(type == null ? "" : type.strip())
                    .orElseThrow(() -> WebhookProblem.unknownEvent(type)));
        }
        return events;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Map<String, Object> state(WebhookEndpoint endpoint) {
        return Map.of("url", endpoint.url().toString(), "active", endpoint.isActive(),
                "events", endpoint.events().stream().map(WebhookEvent::type).sorted().toList());
    }
}
