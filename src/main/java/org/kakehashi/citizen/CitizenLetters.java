package org.kakehashi.citizen;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kakehashi.document.DocumentDownload;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.request.CitizenOrigin;
import org.kakehashi.request.Request;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestProblem;
import org.kakehashi.request.RequestWork;

/**
 * The photo or scan of the letter a citizen sent, for the office to read beside the request: a resident's own
 * mail, full of their personal data, so for the coordinators and the office manager alone.
 */
@ApplicationScoped
@Transactional
public class CitizenLetters {

    @Inject
    RequestWork work;

    /** @throws RequestProblem for a caller who may not see the request, or who is not of the office */
    public DocumentDownload letterOf(RequestNumber number, Caller caller) {
        Request request = work.view(number, caller);
        if (!caller.isOffice()) {
            throw RequestProblem.officeOnly();
        }
        return request.citizen().flatMap(CitizenOrigin::letter).map(DocumentDownload::of)
                .orElseThrow(() -> CitizenProblem.noLetter(request.number()));
    }
}
