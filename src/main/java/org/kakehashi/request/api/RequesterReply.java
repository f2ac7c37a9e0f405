package org.kakehashi.request.api;

import jakarta.validation.constraints.Size;

/** The requester's answer to a question, or the reason for cancelling. */
public record RequesterReply(@Size(max = 4000) String text) {
}
