package org.kakehashi.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;

/**
 * The steps people take on a request — triage, translation, review — and its delivery. Each call joins the
 * caller's transaction, so the step and the process moving on commit together.
 */
@ApplicationScoped
@Transactional
public class RequestWork {

    private RequestRepository requests;
    private Clock clock;

    /** For the container's proxies only. */
    protected RequestWork() {
    }

    @Inject
    public RequestWork(RequestRepository requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    public Request get(RequestNumber number) {
        return requests.find(number).orElseThrow(() -> new RequestNotFoundException(number.value()));
    }

    public void accept(RequestNumber number, String coordinator) {
        get(number).accept(coordinator, clock.instant());
    }

    public void reject(RequestNumber number, String coordinator, String reason) {
        get(number).reject(coordinator, reason, clock.instant());
    }

    public void submitTranslation(RequestNumber number, String translator, String translation) {
        get(number).submitTranslation(translator, translation, clock.instant());
    }

    public void checkMayReview(RequestNumber number, String reviewer) {
        get(number).checkMayReview(reviewer);
    }

    public void approve(RequestNumber number, String reviewer) {
        get(number).approve(reviewer, clock.instant());
    }

    public void requestChanges(RequestNumber number, String reviewer, String comment) {
        get(number).requestChanges(reviewer, comment, clock.instant());
    }

    public void deliver(RequestNumber number, String by) {
        get(number).deliver(by, clock.instant());
    }
}
