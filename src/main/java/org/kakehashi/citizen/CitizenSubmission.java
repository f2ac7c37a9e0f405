package org.kakehashi.citizen;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kakehashi.document.DocumentFileName;
import org.kakehashi.document.StoredDocument;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.Role;
import org.kakehashi.platform.web.SecretToken;
import org.kakehashi.platform.web.ServerSecrets;
import org.kakehashi.request.CitizenOrigin;
import org.kakehashi.request.NewRequest;
import org.kakehashi.request.Request;
import org.kakehashi.request.RequestRepository;
import org.kakehashi.request.RequestSubmission;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * A citizen's request from the public form, and finding it again from its status link ({@link SecretToken}:
 * shown once, to the citizen; the request keeps only its SHA-256).
 */
@ApplicationScoped
@Transactional
public class CitizenSubmission {

    static final String FORM_KEY = "citizen-form";

    /** The submitted request and the secret of its status link. */
    public record Receipt(Request request, String statusToken) {
    }

    @Inject
    RequestSubmission submission;
    @Inject
    RequestRepository requests;
    @Inject
    ServerSecrets secrets;
    @Inject
    Clock clock;

    public String formToken() {
        return FormToken.issue(secrets.key(FORM_KEY), clock.instant());
    }

    /**
     * @param language the language the form spoke in, which the office writes to the citizen in
     * @throws CitizenProblem for a missing, forged, hurried, stale or reused form token, or a filled-in trap
     */
    public Receipt submit(String name, String email, LanguageTag language, String formToken, String trap,
                          NewRequest form) {
        return submit(name, email, language, formToken, trap, form, null);
    }

    /**
     * @param letter the photo or scan of the letter the citizen received, or null; with one, the text may be empty
     * @throws CitizenProblem as above, and on {@code letter} for a file that is no PDF, JPEG or PNG or that does
     *                        not open as one ({@link LetterScan})
     */
    public Receipt submit(String name, String email, LanguageTag language, String formToken, String trap,
                          NewRequest form, SentLetter letter) {
        String nonce = FormToken.check(secrets.key(FORM_KEY), formToken, clock.instant());
        if (trap != null && !trap.isBlank()) {
            throw CitizenProblem.trap();
        }
        if (requests.formNonceUsed(nonce)) {
            throw CitizenProblem.tokenUsed();
        }
        String token = SecretToken.next();
        String hash = SecretToken.hashOf(token);
        Caller citizen = new Caller("citizen:" + hash.substring(0, 12), Set.of(Role.REQUESTER), null);
        CitizenOrigin origin = new CitizenOrigin(name, email, language, hash, nonce);
        if (letter != null) {
            origin = origin.withLetter(StoredDocument.of(DocumentFileName.from(letter.fileName(), "letter"),
                    LetterScan.check(letter.bytes()), letter.bytes(), clock.instant()));
        }
        Request request = submission.submit(citizen, form.from(origin), null);
        // the same form sent by several clients at once: the nonce's unique index lets one through
        if (!requests.writeUnique()) {
            throw CitizenProblem.tokenUsed();
        }
        return new Receipt(request, token);
    }

    public Optional<Request> byStatusToken(String token) {
        if (token == null || token.length() > 64) {
            return Optional.empty();
        }
        return requests.findByStatusTokenHash(SecretToken.hashOf(token));
    }
}
