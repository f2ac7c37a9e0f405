/**
 * Deliveries: each delivered translation as a stored file with its SHA-256, and for each recipient — the
 * requester, the chosen partners' contacts — an unguessable link that expires, can be revoked and records every
 * download, sent by mail in the delivery's own transaction.
 */
package org.kakehashi.delivery;
