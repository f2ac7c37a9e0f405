package org.kakehashi.request;

import org.kakehashi.language.LanguageTag;

/** Fired, inside the submitting transaction, once a new request is stored: what routing needs to know. */
public record RequestSubmitted(RequestNumber number, RequestType type, LanguageTag sourceLanguage, long characters,
                               Purpose purpose, int partners) {

    static RequestSubmitted of(Request request) {
        return new RequestSubmitted(request.number(), request.type(), request.sourceLanguage(),
                request.receipt().characters(), request.purpose(), request.partnerReceipts().partners().size());
    }
}
