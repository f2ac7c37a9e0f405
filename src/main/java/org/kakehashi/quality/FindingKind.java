package org.kakehashi.quality;

/** What a quality check found wrong, or worth a reviewer's look, in one segment of a translation. */
public enum FindingKind {
    NUMBER,
    AMOUNT,
    DATE,
    PHONE,
    URL,
    MAIL_ADDRESS,
    PREFERRED_TERM,
    FORBIDDEN_TERM,
    INLINE_CODES,
    EMPTY,
    SOURCE_COPIED,
    INCONSISTENT,
    MACHINE_DRAFT
}
