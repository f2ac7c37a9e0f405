package org.kakehashi.directory;

/** The codes departments and partners are known by in requests, addresses and the directory. */
final class Codes {

    /** Lower-case letters, digits and hyphens, as in {@code sougou-fukushi}: safe in a URL and a file name. */
    static final String PATTERN = "[a-z0-9][a-z0-9-]*";

    private Codes() {
    }
}
