package org.kakehashi.request;

/** Fired, inside the answering transaction, when the requester answered the coordinator's question. */
public record RequestAnswered(RequestNumber number) {
}
