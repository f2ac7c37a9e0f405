/**
 * The translation memory: every delivered translation, aligned with its source, and what an office imports from
 * its CAT tools (TMX); exact and fuzzy matches for each new segment, with where they came from and which numbers and
 * dates differ. The database holds the memory; a Lucene index on each node finds the matches.
 */
package org.kakehashi.memory;
