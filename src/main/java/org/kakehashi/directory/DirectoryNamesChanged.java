package org.kakehashi.directory;

/** A department or partner was added or renamed: what names it, by the key of its kind and code. */
public record DirectoryNamesChanged(Kind kind, String code) {

    public enum Kind { DEPARTMENT, PARTNER }
}
