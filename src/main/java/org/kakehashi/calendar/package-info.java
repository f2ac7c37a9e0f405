/**
 * The city's calendar: fiscal years (年度) and, as they come, business days and closed days.
 */
package org.kakehashi.calendar;
