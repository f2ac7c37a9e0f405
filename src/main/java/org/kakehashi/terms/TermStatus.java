package org.kakehashi.terms;

/** Whether translators should use a term: the one to use, one that may be used, or one that must not be. */
public enum TermStatus {
    PREFERRED, ADMITTED, FORBIDDEN
}
