package org.kakehashi.request;

/** Fired, inside the cancelling transaction, when the requester withdrew the request. */
public record RequestCancelled(RequestNumber number) {
}
