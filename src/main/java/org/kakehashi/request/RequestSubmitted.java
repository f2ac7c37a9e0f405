package org.kakehashi.request;

/** Fired, inside the submitting transaction, once a new request is stored. */
public record RequestSubmitted(RequestNumber number) {
}
