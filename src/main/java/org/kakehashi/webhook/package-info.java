/**
 * Webhooks: endpoints an administrator registers (the city's document-management system, the office chat) hear of
 * a request's main steps as JSON signed by the Standard Webhooks scheme, written to an outbox in the step's
 * transaction and sent after the commit, retried with back-off until the receiver takes it.
 */
package org.kakehashi.webhook;
