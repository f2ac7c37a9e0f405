/**
 * What every outbox shares — the mails' and the webhooks' — once its rows are written in a step's transaction:
 * sending them until none is due, one run at a time, and waiting longer after each failure.
 */
package org.kakehashi.platform.outbox;
