/**
 * The coordinator's team view: for each person of the team, the open tasks they hold and when each falls due,
 * their load in the week in characters, words and manuscript pages, their absences, and the tasks at risk.
 */
package org.kakehashi.team;
