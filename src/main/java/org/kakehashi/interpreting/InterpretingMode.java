package org.kakehashi.interpreting;

/** How the interpreter works at the event. */
public enum InterpretingMode {
    CONSECUTIVE, ESCORT, REMOTE
}
