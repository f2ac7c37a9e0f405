package org.kakehashi.notification;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.kakehashi.directory.Directory;
import org.kakehashi.directory.MailPreference;
import org.kakehashi.directory.Person;
import org.kakehashi.platform.outbox.Sending;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.CallerIdentification;
import org.kakehashi.platform.problem.InputValidation;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The outbox as the office sees it — above all the mails that keep failing, to be sent again — and each
 * person's choice between a mail per change and a daily digest.
 */
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    /**
     * A mail of the outbox. {@code notBefore} is when a mail to a partner may go out — its office's next office
     * hour — and {@code notBeforeZone} that office's time zone, to show the time there and in the city; both are
     * null for a mail that was never held, or whose hold a coordinator lifted.
     */
    public record MailView(UUID id, String status, String kind, String requestNumber, String recipient,
                           String subject, int attempts, String lastError, Instant queuedAt, Instant nextAttemptAt,
                           Instant sentAt, Instant notBefore, String notBeforeZone) {

        static MailView of(OutboxMail mail) {
            Sending sending = mail.sending();
            return new MailView(mail.id(), sending.status().name(), mail.kind(), mail.requestNumber(),
                    mail.recipient(), mail.subject(), sending.attempts(), sending.lastError(), sending.queuedAt(),
                    sending.nextAttemptAt(), sending.sentAt(), mail.notBefore().orElse(null),
                    mail.notBeforeZone().map(ZoneId::getId).orElse(null));
        }
    }

    public record PreferenceView(String preference, String email, String language) {
    }

    public record PreferenceForm(@NotBlank @Size(max = 16) String preference) {
    }

    private static final String HELD = "HELD";

    @Inject
    Outbox outbox;
    @Inject
    CallerIdentification identification;
    @Inject
    InputValidation validation;
    @Inject
    Directory directory;
    @Inject
    MailPreferences preferences;

    /**
     * @param status  QUEUED, SENT or FAILED (default FAILED), or HELD: the queued mails that wait for a partner's
     *                office hours, the soonest first
     * @param request only this request's mail
     */
    @GET
    @Path("outbox")
    public List<MailView> outbox(@QueryParam("status") String status, @QueryParam("request") String request) {
        requireOffice();
        if (request != null) {
            return outbox.about(request).stream().map(MailView::of).toList();
        }
        if (HELD.equalsIgnoreCase(status)) {
            return outbox.held(200).stream().map(MailView::of).toList();
        }
        Sending.Status wanted;
        try {
            wanted = status == null ? Sending.Status.FAILED
                    : Sending.Status.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw NotificationProblem.unknownStatus(status);
        }
        return outbox.withStatus(wanted, 200).stream().map(MailView::of).toList();
    }

    /** A mail given up on is sent again; one waiting — for its next attempt or a partner's office hours — now. */
    @POST
    @Path("outbox/{id}/retry")
    public MailView retry(@PathParam("id") UUID id) {
        requireOffice();
        outbox.retry(id);
        return outbox.find(id).map(MailView::of).orElseThrow();
    }

    @GET
    @Path("preference")
    public PreferenceView preference() {
        return view(me());
    }

    @PUT
    @Path("preference")
    @Consumes(MediaType.APPLICATION_JSON)
    public PreferenceView choose(PreferenceForm form) {
        String given = validation.valid(form).preference();
        MailPreference preference;
        try {
            preference = MailPreference.valueOf(given.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw NotificationProblem.unknownPreference(given);
        }
        return view(preferences.choose(me().username(), preference));
    }

    private Person me() {
        Caller caller = identification.caller();
        return directory.person(caller.username()).orElseThrow(NotificationProblem::officeOnly);
    }

    private static PreferenceView view(Person person) {
        return new PreferenceView(person.mailPreference().name(), person.email().orElse(null),
                person.mailLanguage().value());
    }

    private void requireOffice() {
        Caller caller = identification.caller();
        if (!caller.isOffice()) {
            throw NotificationProblem.officeOnly();
        }
    }
}
