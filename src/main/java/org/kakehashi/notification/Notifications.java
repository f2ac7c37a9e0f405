package org.kakehashi.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.kakehashi.calendar.PartnerSendingTimes;
import org.kakehashi.directory.MailContact;
import org.kakehashi.directory.MailPreference;
import org.kakehashi.platform.problem.Messages;
import org.kakehashi.request.Request;
import org.kakehashi.request.RequestRepository;
import org.kakehashi.request.RequestStepTaken;
import org.kakehashi.request.TimelineEvent;

import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who hears of a step, written to the outbox in the step's own transaction: the requester when the office asks,
 * reminds, turns down or closes; partners when their receipt is awaited, in their next office hour; the
 * coordinators of every change that needs them — by daily digest or at once, as each chose, never of their own
 * steps. Deliveries write their own mail, with their links ({@code org.kakehashi.delivery}).
 */
@ApplicationScoped
public class Notifications {

    private static final Set<TimelineEvent> TO_REQUESTER = EnumSet.of(TimelineEvent.QUESTION_ASKED,
            TimelineEvent.REQUESTER_REMINDED, TimelineEvent.REJECTED, TimelineEvent.LAPSED);
    private static final Set<TimelineEvent> TO_OFFICE = EnumSet.of(TimelineEvent.SUBMITTED,
            TimelineEvent.QUESTION_ANSWERED, TimelineEvent.CANCELLED, TimelineEvent.TRANSLATION_SUBMITTED,
            TimelineEvent.CHANGES_REQUESTED, TimelineEvent.APPROVED, TimelineEvent.DELIVERED,
            TimelineEvent.RECEIPT_CONFIRMED, TimelineEvent.REPORTED, TimelineEvent.TASK_OVERDUE);

    private RequestRepository requests;
    private Recipients recipients;
    private MailTexts texts;
    private Outbox outbox;
    private Digests digests;
    private PartnerSendingTimes sendingTimes;

    /** For the container's proxies only. */
    protected Notifications() {
    }

    @Inject
    public Notifications(RequestRepository requests, Recipients recipients, MailTexts texts, Outbox outbox,
                         Digests digests, PartnerSendingTimes sendingTimes) {
        this.requests = requests;
        this.recipients = recipients;
        this.texts = texts;
        this.outbox = outbox;
        this.digests = digests;
        this.sendingTimes = sendingTimes;
    }

    void onStep(@Observes RequestStepTaken step) {
        if (reachesRequester(step.event())) {
            Request request = requests.find(step.number()).orElseThrow();
            recipients.requesterOf(request).ifPresent(to -> outbox.queue(toRequester(to, request, step)));
        }
        if (step.event() == TimelineEvent.PARTNERS_REMINDED) {
            Request request = requests.find(step.number()).orElseThrow();
            for (String partner : request.partnerReceipts().waiting()) {
                Optional<ZonedDateTime> officeHour = sendingTimes.nextOfficeHour(partner);
                for (Recipients.Addressee to : recipients.contactsOf(partner)) {
                    MailMessage reminder = texts.notice(to.recipient(), to.language(), "partners-reminded",
                            step.number().value(), List.of(step.number().value()), List.of(partnerPage(to)));
                    officeHour.ifPresentOrElse(at -> outbox.queue(reminder, at), () -> outbox.queue(reminder));
                }
            }
        }
        if (reachesOffice(step.event())) {
            for (MailContact coordinator : othersThanTheActor(step, recipients.coordinators())) {
                if (coordinator.preference() == MailPreference.DIGEST) {
                    digests.collect(coordinator.username(), step);
                } else {
                    coordinator.email().ifPresent(email -> outbox.queue(toOffice(coordinator, email, step)));
                }
            }
        }
    }

    static boolean reachesRequester(TimelineEvent event) {
        return TO_REQUESTER.contains(event);
    }

    static boolean reachesOffice(TimelineEvent event) {
        return TO_OFFICE.contains(event);
    }

    /** Nobody hears of their own step. */
    static List<MailContact> othersThanTheActor(RequestStepTaken step, List<MailContact> people) {
        return people.stream().filter(person -> !person.username().equals(step.actor())).toList();
    }

    private MailMessage toRequester(Recipients.Addressee to, Request request, RequestStepTaken step) {
        String kind = step.event().name().toLowerCase(Locale.ROOT).replace('_', '-');
        Messages messages = MailTexts.messagesFor(to.language());
        String reason = step.event() == TimelineEvent.REJECTED && request.triage().rejectionReason() != null
                ? messages.format("rejection." + request.triage().rejectionReason()) : "";
        String note = step.note() == null ? "" : step.note();
        List<MailTexts.Link> links = to.person().isPresent()
                ? List.of(new MailTexts.Link(messages.format("mail.open-request"),
                        texts.baseUrl() + "/request.html?number=" + step.number().value()))
                : List.of(new MailTexts.Link(messages.format("mail.open-status"), texts.baseUrl() + "/status.html"));
        return texts.notice(to.recipient(), to.language(), kind, step.number().value(),
                List.of(step.number().value(), note, reason), links);
    }

    private MailMessage toOffice(MailContact to, String email, RequestStepTaken step) {
        Messages messages = MailTexts.messagesFor(to.language());
        String what = messages.format("mail.event." + step.event().name().toLowerCase(Locale.ROOT));
        return texts.notice(new MailMessage.Recipient(email, to.displayName()), to.language(), "office",
                step.number().value(),
                List.of(step.number().value(), what, Optional.ofNullable(step.actor()).orElse("")),
                List.of(new MailTexts.Link(messages.format("mail.open-request"),
                        texts.baseUrl() + "/request.html?number=" + step.number().value())));
    }

    private MailTexts.Link partnerPage(Recipients.Addressee to) {
        return new MailTexts.Link(MailTexts.messagesFor(to.language()).format("mail.partner-page"),
                texts.baseUrl() + "/partner.html");
    }
}
