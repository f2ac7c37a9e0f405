package org.kakehashi.memory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.kakehashi.request.RequestRepository;
import org.kakehashi.request.RequestStepTaken;
import org.kakehashi.request.TimelineEvent;

/** A delivery is remembered in the commit that delivers it. */
@ApplicationScoped
public class DeliveredMemory {

    @Inject
    RequestRepository requests;
    @Inject
    TranslationMemory memory;

    void onStep(@Observes RequestStepTaken step) {
        if (step.event() == TimelineEvent.DELIVERED) {
            requests.find(step.number()).ifPresent(memory::rememberDelivery);
        }
    }
}
