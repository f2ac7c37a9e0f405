package org.kakehashi.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kakehashi.calendar.FiscalYear;
import org.kakehashi.language.CountingReceipt;
import org.kakehashi.language.LanguageCatalog;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.language.TextCounter;
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
    private LanguageCatalog languages;
    private TextCounter counter;
    private IntakeRules intake;
    private Clock clock;

    /** For the container's proxies only. */
    protected RequestSubmission() {
    }

    @Inject
    public RequestSubmission(RequestRepository requests, Event<RequestSubmitted> submitted,
                             LanguageCatalog languages, TextCounter counter, IntakeRules intake, Clock clock) {
        this.requests = requests;
        this.submitted = submitted;
        this.languages = languages;
        this.counter = counter;
        this.intake = intake;
        this.clock = clock;
    }

    @Transactional
    public Request submit(Caller requester, NewRequest form) {
        requireOffered("sourceLanguage", form.sourceLanguage());
        form.targets().forEach(target -> requireOffered("targetLanguages", target));
        Instant now = clock.instant();
        RequestNumber number = requests.nextNumber(FiscalYear.of(LocalDate.ofInstant(now, clock.getZone())));
        CountingReceipt receipt = counter.count(form.text(), form.sourceLanguage());
        Request request = Request.submit(number, form.type(), form.purpose(), form.topic(), requester.username(),
                requester.department(), form.sourceLanguage(), form.targets(), form.existingTranslations(),
                form.text(), receipt, form.wantedBy(), now, clock.getZone());
        request.noteIntakeFindings(intake.check(LocalDate.ofInstant(now, clock.getZone()), form.wantedBy(),
                receipt.characters(), form.fromCitizen(), form.topic()));
        requests.add(request);
        submitted.fire(RequestSubmitted.of(request));
        return request;
    }

    private void requireOffered(String field, LanguageTag language) {
        if (!languages.offers(language)) {
            throw new RequestInputException(field, "request.language-not-offered", language.value());
        }
    }
}
