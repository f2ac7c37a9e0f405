/**
 * Interpreting: the interpreted event, who can interpret it, the interpreters' bookings and the travel time kept
 * between them, booking, the coordinators' week calendar and the .ics export.
 */
package org.kakehashi.interpreting;
