package org.kakehashi.webhook;

/** Fired in a transaction that wrote webhook messages: after its commit, the dispatcher sends them. */
record WebhookQueued() {
}
