package org.kakehashi.citizen;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kakehashi.request.PersonalDataErased;
import org.kakehashi.request.CitizenOrigin;
import org.kakehashi.request.Request;
import org.kakehashi.request.RequestRepository;

import java.time.Instant;
import java.util.List;

/** Erases what a citizen told the office once their request has been closed long enough. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CitizenDataRetention {

    private static final int BATCH = 200;

    @Inject
    RequestRepository requests;
    @Inject
    Event<PersonalDataErased> erased;

    /** @return how many requests lost their personal data */
    public int eraseClosedBefore(Instant cutoff, Instant now) {
        int count = 0;
        List<Request> due;
        do {
            // the query flushes the batch before: erased requests are no longer among those it finds
            due = requests.citizensClosedBefore(cutoff, BATCH);
            for (Request request : due) {
                String email = request.citizen().flatMap(CitizenOrigin::email).orElse(null);
                request.erasePersonalData(now);
                erased.fire(new PersonalDataErased(request.number(), email));
                count++;
            }
        } while (due.size() == BATCH);
        return count;
    }
}
