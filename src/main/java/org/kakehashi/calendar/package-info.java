/**
 * The city's calendar: fiscal years (年度) and, as they come, business days and closed days. And the partners'
 * abroad: their working days ({@link org.kakehashi.calendar.PartnerCalendar}) and the office hours mail to them
 * keeps ({@link org.kakehashi.calendar.PartnerOfficeHours}), on their countries' public holidays by rule
 * ({@link org.kakehashi.calendar.CountryHolidays}, jollyday) and the days announced in
 * {@code calendar/partner-calendars.properties}.
 */
package org.kakehashi.calendar;
