/**
 * Absences: the days a person of the team is away, recorded by themselves or by the office, each change audited.
 * The task assignment leaves a person away today out, and the interpreters' choice shows one away on the event's
 * day as not free; the team view marks the tasks of a holder away before they fall due as at risk.
 */
package org.kakehashi.absence;
