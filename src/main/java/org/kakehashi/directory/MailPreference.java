package org.kakehashi.directory;

/** How a person hears of changes: a mail for each, or one digest a day. */
public enum MailPreference {
    IMMEDIATE, DIGEST
}
