package org.kakehashi.terms;

/** How the office regards a term: the one to use, one that may stand, or one never to write. */
public enum TermStatus { PREFERRED, ADMITTED, FORBIDDEN }
