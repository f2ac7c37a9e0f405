package org.kakehashi.notification;

/** Fired when a mail joins the outbox; after the commit, the dispatcher is woken to send it at once. */
record MailQueued() {
}
