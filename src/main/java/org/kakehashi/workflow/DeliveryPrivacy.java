package org.kakehashi.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.kakehashi.platform.identity.Role;
import org.kakehashi.privacy.PersonalDataScanner;
import org.kakehashi.request.Job;
import org.kakehashi.request.Request;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestWork;

/**
 * Personal data leaves the city only on the coordinator's word. Gateway {@code personalDataForPartners}
 * ({@code ${deliveryPrivacy.needsConfirmation(execution)}}): a delivery that goes to a partner while its translations
 * still hold personal data — a My Number, a phone number, an address — waits for
 * {@value TranslationProcess#CONFIRM_DELIVERY}. Gateway {@code personalDataForLinguist}
 * ({@code ${deliveryPrivacy.needsHandOutConfirmation(execution)}}): a job routed to the contracted linguists whose
 * source holds personal data waits for {@value TranslationProcess#CONFIRM_HAND_OUT} (the linguist reads My Numbers
 * masked all the same).
 */
@Named("deliveryPrivacy")
@ApplicationScoped
public class DeliveryPrivacy {

    @Inject
    RequestWork work;
    @Inject
    PersonalDataScanner personalData;

    public boolean needsHandOutConfirmation(DelegateExecution execution) {
        Object group = execution.getVariable(TranslationProcess.TRANSLATOR_GROUP);
        return Role.LINGUIST.groupName().equals(group) && !personalData.scan(
                work.get(RequestNumber.parse(execution.getProcessBusinessKey())).brief().text()).isEmpty();
    }

    public boolean needsConfirmation(DelegateExecution execution) {
        Request request = work.get(RequestNumber.parse(execution.getProcessBusinessKey()));
        return !request.partnerReceipts().partners().isEmpty() && request.jobs().stream()
                .map(Job::translation)
                .anyMatch(translation -> translation != null && !personalData.scan(translation).isEmpty());
    }
}
