package org.kakehashi.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kakehashi.calendar.CityClosedDays;
import org.kakehashi.document.StoredDocument;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.platform.identity.Caller;

import java.time.Clock;
import java.util.List;

/**
 * The steps people take on a request — triage, questions and answers, translation, review, cancellation — and
 * those the process takes: reminders, lapsing, delivery. Each call joins the caller's transaction, so the step
 * and the process moving on commit together.
 */
@ApplicationScoped
@Transactional
public class RequestWork {

    private RequestRepository requests;
    private Event<RequestAnswered> answered;
    private Event<RequestCancelled> cancelled;
    private Event<DeliveryReceived> received;
    private RejectionReasons rejectionReasons;
    private CityClosedDays closedDays;
    private Clock clock;

    /** For the container's proxies only. */
    protected RequestWork() {
    }

    @Inject
    public RequestWork(RequestRepository requests, Event<RequestAnswered> answered,
                       Event<RequestCancelled> cancelled, Event<DeliveryReceived> received,
                       RejectionReasons rejectionReasons, CityClosedDays closedDays, Clock clock) {
        this.requests = requests;
        this.answered = answered;
        this.cancelled = cancelled;
        this.received = received;
        this.rejectionReasons = rejectionReasons;
        this.closedDays = closedDays;
        this.clock = clock;
    }

    public Request get(RequestNumber number) {
        return requests.find(number).orElseThrow(() -> new RequestNotFoundException(number.value()));
    }

    /** The request, if the caller may see it; one they may not see is, to them, a request that does not exist. */
    public Request view(RequestNumber number, Caller caller) {
        Request request = get(number);
        if (!RequestAccess.maySee(caller, request)) {
            throw new RequestNotFoundException(number.value());
        }
        return request;
    }

    public List<Request> visibleTo(Caller caller, RequestStatus status, int page, int size) {
        return requests.visibleTo(caller, status, page, size);
    }

    public void accept(RequestNumber number, String coordinator) {
        get(number).accept(coordinator, clock.instant());
    }

    public void reject(RequestNumber number, String coordinator, String reason, String comment) {
        get(number).reject(coordinator, rejectionReasons.require(reason), comment, clock.instant());
    }

    public void askBack(RequestNumber number, String coordinator, String question) {
        get(number).askBack(coordinator, question, clock.instant());
    }

    public void answer(RequestNumber number, String requester, String answer) {
        get(number).answer(requester, answer, clock.instant());
        answered.fire(new RequestAnswered(number));
    }

    public void remindRequester(RequestNumber number, String by) {
        get(number).recordReminder(by, clock.instant());
    }

    public void recordTaskReminder(RequestNumber number, String task, String by) {
        get(number).recordTaskReminder(task, by, clock.instant());
    }

    public void recordTaskOverdue(RequestNumber number, String task, String by) {
        get(number).recordTaskOverdue(task, by, clock.instant());
    }

    public void lapse(RequestNumber number, String by) {
        get(number).lapse(by, clock.instant());
    }

    public void cancel(RequestNumber number, String requester, String reason) {
        get(number).cancel(requester, reason, clock.instant());
        cancelled.fire(new RequestCancelled(number));
    }

    public void route(RequestNumber number, LanguageTag target, String translatorGroup, String reviewerGroup) {
        get(number).route(target, translatorGroup, reviewerGroup, clock.instant());
    }

    public void chooseReviewers(RequestNumber number, LanguageTag target, String reviewerGroup) {
        get(number).chooseReviewers(target, reviewerGroup, clock.instant());
    }

    public void submitTranslation(RequestNumber number, LanguageTag target, String translator, String translation,
                                  StoredDocument translatedDocument) {
        get(number).submitTranslation(target, translator, translation, translatedDocument, clock.instant());
    }

    public void checkMayReview(RequestNumber number, LanguageTag target, String reviewer) {
        get(number).checkMayReview(target, reviewer);
    }

    public void approve(RequestNumber number, LanguageTag target, String reviewer) {
        get(number).approve(target, reviewer, clock.instant());
    }

    public void requestChanges(RequestNumber number, LanguageTag target, String reviewer, String comment) {
        get(number).requestChanges(target, reviewer, comment, clock.instant());
    }

    public void remindInterpreter(RequestNumber number, String by) {
        get(number).recordInterpreterReminder(by, clock.instant());
    }

    public void recordHeld(RequestNumber number, String by) {
        get(number).recordHeld(by, clock.instant());
    }

    public void report(RequestNumber number, String interpreter, String report) {
        get(number).report(interpreter, report, clock.instant());
    }

    /** A partner's contact confirms receipt; the last confirmation moves the process on. */
    public void confirmReceipt(RequestNumber number, String partner, String by) {
        if (get(number).confirmReceipt(partner, by, clock.instant())) {
            received.fire(new DeliveryReceived(number));
        }
    }

    public void remindPartners(RequestNumber number, String by) {
        get(number).recordPartnerReminder(by, clock.instant());
    }

    public void deliver(RequestNumber number, String by) {
        get(number).deliver(by, clock.instant(), clock.getZone(), closedDays.calendar());
    }
}
