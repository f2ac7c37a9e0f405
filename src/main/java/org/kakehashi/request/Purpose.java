package org.kakehashi.request;

/** What the translation is for; routing and reports use it. */
public enum Purpose {
    PUBLIC_NOTICE, LETTER_TO_PARTNER, WEB_PAGE, INTERNAL
}
