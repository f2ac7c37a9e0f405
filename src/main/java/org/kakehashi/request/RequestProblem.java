package org.kakehashi.request;

import org.kakehashi.language.LanguageTag;
import org.kakehashi.platform.problem.DomainProblem;

/**
 * Refusals about requests: a form or step given a value it cannot take, a step the request is not ready for, a
 * request or file that does not exist, and the rules about who may do what to it.
 */
public class RequestProblem extends DomainProblem {

    private RequestProblem(Kind kind, String messageKey, String field, Object... arguments) {
        super(kind, messageKey, field, arguments);
    }

    /** A value of the form or step that breaks one of the request's rules, explained by the message. */
    public static RequestProblem invalid(String field, String messageKey, Object... arguments) {
        return new RequestProblem(Kind.INVALID, messageKey, field, arguments);
    }

    /** @return the text stripped, when it is not blank: a note, a translation, a report that a step requires */
    static String requireText(String field, String text, String messageKey) {
        if (text == null || text.isBlank()) {
            throw invalid(field, messageKey);
        }
        return text.strip();
    }

    public static RequestProblem notFound(String number) {
        return new RequestProblem(Kind.NOT_FOUND, "request.not-found", null, number);
    }

    /** The step cannot be taken while the request stands as it does. */
    public static RequestProblem illegalTransition(RequestNumber number, RequestStatus status, String action) {
        return new RequestProblem(Kind.CONFLICT, "request.illegal-transition", null, number.value(), status.name(),
                action);
    }

    static RequestProblem noSourceDocument(RequestNumber number) {
        return new RequestProblem(Kind.NOT_FOUND, "request.no-source-document", null, number.value());
    }

    static RequestProblem noTranslatedDocument(RequestNumber number, LanguageTag target) {
        return new RequestProblem(Kind.NOT_FOUND, "request.no-translated-document", null, number.value(),
                target.value());
    }

    /** A step only the coordinator's office takes. */
    public static RequestProblem officeOnly() {
        return new RequestProblem(Kind.FORBIDDEN, "request.office-only", null);
    }

    static RequestProblem notARequester() {
        return new RequestProblem(Kind.FORBIDDEN, "request.not-a-requester", null);
    }

    /** @param action {@code answer} or {@code cancel}: the message names it in the caller's language */
    static RequestProblem notTheRequester(RequestNumber number, String action) {
        return new RequestProblem(Kind.FORBIDDEN, "request.not-the-requester." + action, null, number.value());
    }

    static RequestProblem notAddressedTo(RequestNumber number, String partner) {
        return new RequestProblem(Kind.FORBIDDEN, "request.not-addressed-to-partner", null, number.value(),
                String.valueOf(partner));
    }

    static RequestProblem ownTranslation(RequestNumber number, String translator) {
        return new RequestProblem(Kind.CONFLICT, "review.own-translation", null, number.value(), translator);
    }

    static RequestProblem idempotencyKeyReused(String key) {
        return new RequestProblem(Kind.CONFLICT, "request.idempotency-key-reused", "Idempotency-Key", key);
    }
}
