package org.kakehashi.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.kakehashi.privacy.PersonalDataScanner;
import org.kakehashi.request.Job;
import org.kakehashi.request.Request;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestWork;

/**
 * Gateway {@code personalDataForPartners} ({@code ${deliveryPrivacy.needsConfirmation(execution)}}): a delivery
 * that goes to a partner outside the city while its translations still hold personal data — a My Number, a phone
 * number, an address — waits for the coordinator to confirm it ({@value TranslationProcess#CONFIRM_DELIVERY}).
 */
@Named("deliveryPrivacy")
@ApplicationScoped
public class DeliveryPrivacy {

    @Inject
    RequestWork work;
    @Inject
    PersonalDataScanner personalData;

    public boolean needsConfirmation(DelegateExecution execution) {
        Request request = work.get(RequestNumber.parse(execution.getProcessBusinessKey()));
        return !request.partnerReceipts().partners().isEmpty() && request.jobs().stream()
                .map(Job::translation)
                .anyMatch(translation -> translation != null && !personalData.scan(translation).isEmpty());
    }
}
