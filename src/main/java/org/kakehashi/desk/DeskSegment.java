package org.kakehashi.desk;

import org.kakehashi.memory.Match;
import org.kakehashi.terms.TermHit;

import java.util.List;

/**
 * A segment on the translator's desk.
 *
 * @param tagged    the source with its inline codes as tags ({@code <g1>…</g1>}, {@code <x2/>}), which the
 *                  translation must keep
 * @param target    the translation to start from: the job's previous round, else the memory's; null for none
 * @param prefilled where the translation to start from came from: {@code PREVIOUS}, {@code EXACT} or
 *                  {@code CONVERTED} (last year's with its numbers and dates brought up to this year), or
 *                  {@code MACHINE} (a machine's draft, to edit or confirm); null for none
 * @param draftedBy the machine that wrote the draft, for a {@code MACHINE} start
 * @param terms     the termbase's terms in the source text, with the target terms to use
 */
public record DeskSegment(String id, String text, String tagged, String target, String prefilled,
                          String draftedBy, List<Match> matches, List<TermHit> terms) {
}
