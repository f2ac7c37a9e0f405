package org.kakehashi.webhook;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.CallerIdentification;
import org.kakehashi.platform.identity.Role;
import org.kakehashi.platform.outbox.Sending;
import org.kakehashi.platform.problem.InputValidation;
import org.kakehashi.platform.problem.RoleRequired;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Webhooks for administrators: the endpoints registered, and the messages that keep failing, to be sent again
 * once the receiver is mended.
 */
@Path("admin/webhooks")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {

    private static final int LISTED = 200;

    public record EndpointView(UUID id, String url, String description, List<String> events, boolean active,
                               Instant registeredAt, String registeredBy) {

        static EndpointView of(WebhookEndpoint endpoint) {
            return new EndpointView(endpoint.id(), endpoint.url().toString(), endpoint.description(),
                    endpoint.events().stream().map(WebhookEvent::type).sorted().toList(), endpoint.isActive(),
                    endpoint.registeredAt(), endpoint.registeredBy());
        }
    }

    /** The endpoint just registered, with the secret its receiver verifies signatures with: shown this once. */
    public record RegisteredView(EndpointView endpoint, String secret) {
    }

    public record EndpointForm(@Size(max = 2000) String url, @Size(max = 200) String description,
                               @Size(max = 10) List<@Size(max = 32) String> events) {
    }

    public record MessageView(UUID id, String webhookId, UUID endpoint, String url, String event,
                              String requestNumber, String status, int attempts, String lastError, Instant queuedAt,
                              Instant nextAttemptAt, Instant sentAt) {

        static MessageView of(WebhookMessage message) {
            Sending sending = message.sending();
            return new MessageView(message.id(), message.messageId(), message.endpoint().id(),
                    message.endpoint().url().toString(), message.event().type(), message.requestNumber(),
                    sending.status().name(), sending.attempts(), sending.lastError(), sending.queuedAt(),
                    sending.nextAttemptAt(), sending.sentAt());
        }
    }

    @Inject
    WebhookRegistry registry;
    @Inject
    WebhookOutbox outbox;
    @Inject
    CallerIdentification identification;
    @Inject
    InputValidation validation;

    @GET
    public List<EndpointView> endpoints() {
        admin();
        return outbox.endpoints().stream().map(EndpointView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The endpoint registered, with the secret its receiver verifies signatures with, shown this once",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RegisteredView.class)))
    public Response register(EndpointForm form) {
        Caller admin = admin();
        EndpointForm valid = validation.valid(form);
        WebhookEndpoint endpoint = registry.register(valid.url(), valid.description(), valid.events(),
                admin.username());
        return Response.status(Response.Status.CREATED)
                .entity(new RegisteredView(EndpointView.of(endpoint), endpoint.secret())).build();
    }

    /** No new messages go to it; those already written still do. */
    @DELETE
    @Path("{id}")
    public EndpointView retire(@PathParam("id") UUID id) {
        Caller admin = admin();
        return EndpointView.of(registry.retire(id, admin.username()));
    }

    /**
     * @param status QUEUED, SENT or FAILED; without it, the messages failing: given up on, or waiting for another
     *               attempt after their receiver failed. Newest first.
     */
    @GET
    @Path("messages")
    public List<MessageView> messages(@QueryParam("status") String status) {
        admin();
        if (status == null) {
            return outbox.failing(LISTED).stream().map(MessageView::of).toList();
        }
        Sending.Status wanted;
        try {
            wanted = Sending.Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw WebhookProblem.unknownStatus(status);
        }
        return outbox.withStatus(wanted, LISTED).stream().map(MessageView::of).toList();
    }

    @POST
    @Path("messages/{id}/retry")
    public MessageView retry(@PathParam("id") UUID id) {
        admin();
        return MessageView.of(outbox.retry(id));
    }

    private Caller admin() {
        return RoleRequired.require(identification.caller(), Role.ADMIN, "webhook.admin-only");
    }
}
