package org.kakehashi.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kakehashi.calendar.FiscalYear;
import org.kakehashi.directory.Directory;
import org.kakehashi.document.DocumentFileName;
import org.kakehashi.document.DocumentText;
import org.kakehashi.document.StoredDocument;
import org.kakehashi.language.CountingReceipt;
import org.kakehashi.language.LanguageCatalog;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.language.TextCounter;
import org.kakehashi.language.TextFileProblem;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.Role;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * Submitting a request: check it, number it, store it, and announce it — all in one transaction, so that the
 * process that observers start and the stored request exist together or not at all. A form found wrong is
 * refused before it takes a number.
 */
@ApplicationScoped
public class RequestSubmission {

    private RequestRepository requests;
    private RequestNumbers numbers;
    private Event<RequestSubmitted> submitted;
    private Event<RequestStepTaken> steps;
    private LanguageCatalog languages;
    private TextCounter counter;
    /** City staff, the coordinator's office and sister-city partners ask for work; linguists and admins do not. */
    private static final Set<Role> SUBMITTERS = Set.of(Role.REQUESTER, Role.COORDINATOR, Role.OFFICE_MANAGER,
            Role.PARTNER);

    private IntakeRules intake;
    private Directory directory;
    private Clock clock;

    /** For the container's proxies only. */
    protected RequestSubmission() {
    }

    @Inject
    public RequestSubmission(RequestRepository requests, RequestNumbers numbers, Event<RequestSubmitted> submitted,
                             Event<RequestStepTaken> steps, LanguageCatalog languages, TextCounter counter,
                             IntakeRules intake, Directory directory, Clock clock) {
        this.requests = requests;
        this.numbers = numbers;
        this.submitted = submitted;
        this.steps = steps;
        this.languages = languages;
        this.counter = counter;
        this.intake = intake;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional
    public Request submit(Caller requester, NewRequest form) {
        return submit(requester, form, null);
    }

    /**
     * A request whose text is read from the requester's file; the file is kept as it came, so the translation
     * can be merged back into it.
     *
     * @param file null when the text was typed or pasted
     */
    @Transactional
    public Request submit(Caller requester, NewRequest form, SourceFile file) {
        return submit(requester, form, file, null);
    }

    /** @param key the Idempotency-Key the request is submitted under, or null */
    @Transactional
    Request submit(Caller requester, NewRequest form, SourceFile file, SubmissionKey key) {
        if (SUBMITTERS.stream().noneMatch(requester::has)) {
            throw RequestProblem.notARequester();
        }
        StoredDocument document = null;
        if (file != null) {
            DocumentText read = DocumentText.of(file.bytes(), form.sourceLanguage(), file.charset());
            document = stored(file, read);
            form = form.withText(read.text());
        }
        requireOffered("sourceLanguage", form.sourceLanguage());
        form.targets().forEach(target -> requireOffered("targetLanguages", target));
        form.partners().forEach(this::requirePartner);
        Instant now = clock.instant();
        RequestNumber number = numbers.next(FiscalYear.of(LocalDate.ofInstant(now, clock.getZone())));
        CountingReceipt receipt = counter.count(form.text() == null ? "" : form.text(), form.sourceLanguage());
        Request request = Request.submit(new Submission(number, requester.username(), requester.department(), form,
                receipt, document, now, clock.getZone()));
        request.noteIntakeFindings(intake.check(request.brief().type(), LocalDate.ofInstant(now, clock.getZone()),
                request.brief().wantedBy(), form.text(), receipt.characters(), form.fromCitizen(), form.topic()));
        if (key != null) {
            request.submittedUnder(key);
        }
        requests.add(request);
        submitted.fire(RequestSubmitted.of(request));
        steps.fire(RequestStepTaken.latest(request));
        return request;
    }

    /**
     * A plain text file is kept with the encoding it was read in; one that reads as more than one text waits for
     * the requester to choose.
     */
    private StoredDocument stored(SourceFile file, DocumentText read) {
        DocumentFileName name = DocumentFileName.from(file.name(), "document");
        if (read.decoded() == null) {
            return StoredDocument.of(name, read.type(), file.bytes(), clock.instant());
        }
        if (!read.decoded().certain()) {
            throw TextFileProblem.encodingUnclear("documentCharset", read.decoded());
        }
        return StoredDocument.text(name, file.bytes(), read.decoded().charset(), clock.instant());
    }

    private void requirePartner(String code) {
        if (directory.partners().stream().noneMatch(p -> p.code().equals(code))) {
            throw RequestProblem.invalid("partners", "request.unknown-partner", code);
        }
    }

    private void requireOffered(String field, LanguageTag language) {
        if (!languages.offers(language)) {
            throw RequestProblem.invalid(field, "request.language-not-offered", language.value());
        }
    }
}
