package org.kakehashi.desk;

/**
 * What the memory already knows of a request's text, for one target language, as the coordinator sees it at
 * triage: which earlier request it repeats and how much of it, and a counting receipt in three bands — exact
 * (the same sentence), fuzzy (70–99 %, last year's with the year and dates changed among them) and new — with the
 * estimate that follows from it.
 *
 * @param recognisedAs    the earlier request most of the matched sentences come from, or null
 * @param recognisedShare the share of all sentences matched from it, in percent
 * @param numbersChanged  whether sentences of it match but for their numbers, dates and era years
 * @param unit            CHARACTERS or WORDS, as the source language is counted
 * @param estimatedHours  the translation's estimate with the memory: exact at 30 %, fuzzy at 60 %, new in full
 * @param hoursWithoutMemory the estimate of the whole text as new
 */
public record Recognition(String target, int segments, int exactSegments, int fuzzySegments, int newSegments,
                          String recognisedAs, int recognisedShare, boolean numbersChanged, String unit,
                          long exactVolume, long fuzzyVolume, long newVolume, double estimatedHours,
                          double hoursWithoutMemory) {
}
