package org.kakehashi.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;
import org.kakehashi.request.DeliveryReceived;
import org.kakehashi.request.RequestAnswered;
import org.kakehashi.request.RequestCancelled;

/**
 * Passes what the requester and the partners do on to the request's process, inside the same transaction. Each
 * message is correlated by the request number alone, so it reaches whichever process the request runs in: both
 * define {@code requesterAnswered} and {@code requestCancelled}.
 */
@ApplicationScoped
public class RequesterMessages {

    @Inject
    RuntimeService runtime;

    void onAnswered(@Observes RequestAnswered answered) {
        runtime.createMessageCorrelation(TranslationProcess.REQUESTER_ANSWERED_MESSAGE)
                .processInstanceBusinessKey(answered.number().value())
                .correlate();
    }

    void onReceived(@Observes DeliveryReceived received) {
        runtime.createMessageCorrelation(TranslationProcess.DELIVERY_RECEIVED_MESSAGE)
                .processInstanceBusinessKey(received.number().value())
                .correlate();
    }

    void onCancelled(@Observes RequestCancelled cancelled) {
        runtime.createMessageCorrelation(TranslationProcess.REQUEST_CANCELLED_MESSAGE)
                .processInstanceBusinessKey(cancelled.number().value())
                .correlate();
    }
}
