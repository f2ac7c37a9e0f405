/**
 * Interpreting: who interprets in which modes and languages, the interpreters' bookings and the travel time kept
 * between them, booking, the coordinators' week calendar and the .ics export. The event itself is the request's.
 */
package org.kakehashi.interpreting;
