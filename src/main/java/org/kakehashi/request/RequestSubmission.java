package org.kakehashi.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kakehashi.calendar.FiscalYear;
import org.kakehashi.platform.identity.Caller;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Submitting a request: number it, store it, and announce it — all in one transaction, so that the process
 * that observers start and the stored request exist together or not at all.
 */
@ApplicationScoped
public class RequestSubmission {

    private RequestRepository requests;
    private Event<RequestSubmitted> submitted;
    private Clock clock;

    /** For the container's proxies only. */
    protected RequestSubmission() {
    }

    @Inject
    public RequestSubmission(RequestRepository requests, Event<RequestSubmitted> submitted, Clock clock) {
        this.requests = requests;
        this.submitted = submitted;
        this.clock = clock;
    }

    @Transactional
    public Request submit(Caller requester, NewRequest form) {
        Instant now = clock.instant();
        RequestNumber number = requests.nextNumber(FiscalYear.of(LocalDate.ofInstant(now, clock.getZone())));
        Request request = Request.submit(number, requester.username(), requester.department(),
                form.sourceLanguage(), form.targetLanguage(), form.text(), form.wantedBy(), now, clock.getZone());
        requests.add(request);
        submitted.fire(new RequestSubmitted(number));
        return request;
    }
}
