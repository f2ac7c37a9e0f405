package org.kakehashi.request;

import org.kakehashi.language.LanguageTag;

import java.time.LocalDate;

/** Fired, inside the submitting transaction, once a new request is stored: what routing needs to know. */
public record RequestSubmitted(RequestNumber number, RequestType type, LanguageTag sourceLanguage, long characters,
                               Purpose purpose, Topic topic, LocalDate wantedBy, int partners) {

    static RequestSubmitted of(Request request) {
        Brief asked = request.brief();
        return new RequestSubmitted(request.number(), asked.type(), asked.sourceLanguage(),
                asked.receipt().characters(), asked.purpose(), asked.topic(), asked.wantedBy(), request.partnerReceipts().partners().size());
    }
}
