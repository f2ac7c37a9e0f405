package org.kakehashi.request;

/** What the text is about, as the requester declares it; some topics the office does not take on. */
public enum Topic {
    GENERAL, RELIGIOUS, POLITICAL, COMMERCIAL, MEDICAL, LEGAL,
    /** Disaster prevention, evacuation and relief: routed to be translated at once. */
    DISASTER
}
