package org.kakehashi.request;

/** How the interpreter works at the event. */
public enum InterpretingMode {
    CONSECUTIVE, ESCORT, REMOTE
}
