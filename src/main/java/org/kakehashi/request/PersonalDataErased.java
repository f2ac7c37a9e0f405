package org.kakehashi.request;

/** A closed citizen's request lost its personal data; what else holds the citizen's address follows. */
public record PersonalDataErased(RequestNumber number, String email) {
}
