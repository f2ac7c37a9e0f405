package org.kakehashi.terms;

import java.util.regex.Pattern;

/**
 * A concept's id as the {@code id} of a TBX {@code conceptEntry}, which is an XML ID and so cannot start with a
 * digit as a database number or a UUID may. Such an id is written after an underscore, which reading takes off
 * again, so a termbase exported and imported keeps its ids.
 */
final class ConceptEntryId {

    /** XML's NCName, near enough: a letter or underscore, then letters, digits, marks, dots, hyphens. */
    private static final Pattern XML_NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}\\p{M}._-]*");

    private ConceptEntryId() {
    }

    static String toXml(String id) {
        return XML_NAME.matcher(id).matches() ? id : "_" + id;
    }

    /** @return null for an entry without an id */
    static String fromXml(String xmlId) {
        if (xmlId == null || xmlId.isBlank()) {
            return null;
        }
        String id = xmlId.strip();
        return id.startsWith("_") && !XML_NAME.matcher(id.substring(1)).matches() ? id.substring(1) : id;
    }
}
