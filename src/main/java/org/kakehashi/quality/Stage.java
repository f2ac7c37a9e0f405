package org.kakehashi.quality;

/** When the checks run: as the translator hands the translation to review, and as the reviewer approves it. */
public enum Stage { HANDOVER, APPROVAL }
