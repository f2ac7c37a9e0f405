/**
 * The handover pack: what a coordinator leaves the next one, made from the live data in one ZIP — the memory,
 * the termbase, the office's style notes, the documents that come every year, partners and contacts, and the
 * open requests and bookings — with a README in Japanese and English.
 */
package org.kakehashi.handover;
