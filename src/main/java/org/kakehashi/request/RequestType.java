package org.kakehashi.request;

/** What the requester asks for. */
public enum RequestType {
    /** Translate the text into each target language. */
    TRANSLATION,
    /** A native check of translations the requester already has: the translate step is skipped. */
    CHECKING,
    /** An interpreter at an event: scheduled, held, reported on. */
    INTERPRETATION
}
