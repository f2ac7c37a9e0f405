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
import java.util.function.Consumer;

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
    private Event<RequestStepTaken> steps;
    private Event<BookingChanged> changedBookings;
    private RejectionReasons rejectionReasons;
    private CityClosedDays closedDays;
    private BookingRules bookings;
    private Clock clock;

    /** For the container's proxies only. */
    protected RequestWork() {
    }

    @Inject
    public RequestWork(RequestRepository requests, Event<RequestAnswered> answered,
                       Event<RequestCancelled> cancelled, Event<DeliveryReceived> received,
                       Event<RequestStepTaken> steps, Event<BookingChanged> changedBookings,
                       RejectionReasons rejectionReasons, CityClosedDays closedDays, BookingRules bookings,
                       Clock clock) {
        this.requests = requests;
        this.answered = answered;
        this.cancelled = cancelled;
        this.received = received;
        this.steps = steps;
        this.changedBookings = changedBookings;
        this.rejectionReasons = rejectionReasons;
        this.closedDays = closedDays;
        this.bookings = bookings;
        this.clock = clock;
    }

    public Request get(RequestNumber number) {
        return requests.find(number).orElseThrow(() -> RequestProblem.notFound(number.value()));
    }

    /** The request, if the caller may see it; one they may not see is, to them, a request that does not exist. */
    public Request view(RequestNumber number, Caller caller) {
        Request request = get(number);
        if (!RequestAccess.maySee(caller, request)) {
            throw RequestProblem.notFound(number.value());
        }
        return request;
    }

    public List<Request> visibleTo(Caller caller, RequestStatus status, int page, int size) {
        return requests.visibleTo(caller, status, page, size);
    }

    public void accept(RequestNumber number, String coordinator) {
        step(number, request -> request.accept(coordinator, clock.instant()));
    }

    public void reject(RequestNumber number, String coordinator, String reason, String comment) {
        step(number, request -> request.reject(coordinator, rejectionReasons.require(reason), comment,
                clock.instant()));
    }

    public void askBack(RequestNumber number, String coordinator, String question) {
        step(number, request -> request.askBack(coordinator, question, clock.instant()));
    }

    public void answer(RequestNumber number, String requester, String answer) {
        step(number, request -> request.answer(requester, answer, clock.instant()));
        answered.fire(new RequestAnswered(number));
    }

    public void remindRequester(RequestNumber number, String by) {
        step(number, request -> request.recordReminder(by, clock.instant()));
    }

    public void recordTaskReminder(RequestNumber number, String task, String by) {
        step(number, request -> request.record(TimelineEvent.TASK_REMINDER, null, by, task, clock.instant()));
    }

    public void recordTaskOverdue(RequestNumber number, String task, String by) {
        step(number, request -> request.record(TimelineEvent.TASK_OVERDUE, null, by, task, clock.instant()));
    }

    public void lapse(RequestNumber number, String by) {
        step(number, request -> request.lapse(by, clock.instant()));
    }

    public void cancel(RequestNumber number, String requester, String reason) {
        step(number, request -> request.cancel(requester, reason, clock.instant()));
        cancelled.fire(new RequestCancelled(number));
    }

    public void route(RequestNumber number, LanguageTag target, String translatorGroup, String reviewerGroup) {
        step(number, request -> request.onJob(target).route(translatorGroup, reviewerGroup, clock.instant()));
    }

    /** The coordinator sends a job to other groups than routing chose; its open task follows. */
    public void overrideRoute(RequestNumber number, LanguageTag target, String coordinator, String translatorGroup,
                              String reviewerGroup, String reason) {
        step(number, request -> request.onJob(target).overrideRoute(coordinator, translatorGroup, reviewerGroup,
                reason, clock.instant()));
    }

    public void chooseReviewers(RequestNumber number, LanguageTag target, String reviewerGroup) {
        step(number, request -> request.onJob(target).chooseReviewers(reviewerGroup, clock.instant()));
    }

    public void submitTranslation(RequestNumber number, LanguageTag target, String translator, String translation,
                                  StoredDocument translatedDocument) {
        step(number, request -> request.onJob(target).submitTranslation(translator, translation, translatedDocument,
                clock.instant()));
    }

    /** A coordinator gave a task to a named person; the note names the step, the person and the reason. */
    public void recordTaskAssigned(RequestNumber number, LanguageTag target, String by, String note) {
        step(number, request -> request.record(TimelineEvent.TASK_ASSIGNED, target, by, note, clock.instant()));
    }

    /** A task went back to its groups; the note names the step, who held it and the reason. */
    public void recordTaskGivenBack(RequestNumber number, LanguageTag target, String by, String note) {
        step(number, request -> request.record(TimelineEvent.TASK_GIVEN_BACK, target, by, note, clock.instant()));
    }

    /** A coordinator moved a task's due date; the note names the step, the days before and after, and the reason. */
    public void recordTaskDueMoved(RequestNumber number, LanguageTag target, String by, String note) {
        step(number, request -> request.record(TimelineEvent.TASK_DUE_MOVED, target, by, note, clock.instant()));
    }

    /** A finding of the quality checks overridden, with the reason, for the reviewer to read. */
    public void recordCheckOverride(RequestNumber number, LanguageTag target, String by, String note) {
        step(number, request -> request.record(TimelineEvent.CHECK_OVERRIDDEN, target, by, note, clock.instant()));
    }

    public void checkMayReview(RequestNumber number, LanguageTag target, String reviewer) {
        get(number).onJob(target).checkMayReview(reviewer);
    }

    public void approve(RequestNumber number, LanguageTag target, String reviewer) {
        step(number, request -> request.onJob(target).approve(reviewer, clock.instant()));
    }

    public void requestChanges(RequestNumber number, LanguageTag target, String reviewer, String comment) {
        step(number, request -> request.onJob(target).requestChanges(reviewer, comment, clock.instant()));
    }

    /** Books the interpreter for an accepted interpretation request. */
    public void schedule(RequestNumber number, String coordinator, String interpreter) {
        step(number, request -> {
            bookings.requireBookable(request, interpreter);
            request.interpreting().schedule(coordinator, interpreter, clock.instant());
        });
    }

    /** Another interpreter, time or place for a booked interpretation; the people invited hear of it. */
    public void changeBooking(RequestNumber number, String coordinator, BookingChange change) {
        step(number, request -> {
            String before = request.interpreting().changeBooking(coordinator, change, clock.instant());
            bookings.requireBookable(request, request.interpreter());
            changedBookings.fire(new BookingChanged(number, before));
        });
    }

    public void remindInterpreter(RequestNumber number, String by) {
        step(number, request -> request.interpreting().recordInterpreterReminder(by, clock.instant()));
    }

    public void recordHeld(RequestNumber number, String by) {
        step(number, request -> request.interpreting().recordHeld(by, clock.instant()));
    }

    public void report(RequestNumber number, String interpreter, String report) {
        step(number, request -> request.interpreting().report(interpreter, report, clock.instant()));
    }

    /** A partner's contact confirms receipt; the last confirmation moves the process on. */
    public void confirmReceipt(RequestNumber number, String partner, String by) {
        Request request = get(number);
        boolean last = request.confirmReceipt(partner, by, clock.instant());
        steps.fire(RequestStepTaken.latest(request));
        if (last) {
            received.fire(new DeliveryReceived(number));
        }
    }

    public void remindPartners(RequestNumber number, String by) {
        step(number, request -> request.recordPartnerReminder(by, clock.instant()));
    }

    /** The coordinator lets a delivery to partners go out with the personal data that was found in it. */
    public void confirmDelivery(RequestNumber number, String coordinator, String note) {
        step(number, request -> request.record(TimelineEvent.DELIVERY_CONFIRMED, null, coordinator, note,
                clock.instant()));
    }

    /** The coordinator lets a job whose source holds personal data go to a contracted linguist outside the city. */
    public void confirmHandOut(RequestNumber number, LanguageTag target, String coordinator, String note) {
        step(number, request -> request.record(TimelineEvent.HAND_OUT_CONFIRMED, target, coordinator, note,
                clock.instant()));
    }

    public void deliver(RequestNumber number, String by) {
        step(number, request -> request.deliver(by, clock.instant(), clock.getZone(), closedDays.calendar()));
    }

    /** Takes a step on the request and tells the observers of steps, in the same transaction. */
    private void step(RequestNumber number, Consumer<Request> action) {
        Request request = get(number);
        action.accept(request);
        steps.fire(RequestStepTaken.latest(request));
    }
}
