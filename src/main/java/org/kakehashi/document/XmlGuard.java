package org.kakehashi.document;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Office documents, XLIFF and XHTML never need a document type declaration; one in a file sent to the city is
 * either a mistake or an attack (external entities, "billion laughs"), so it is refused before any parser sees it.
 */
final class XmlGuard {

    private static final Pattern DOCTYPE_OR_ENTITY = Pattern.compile("<!(DOCTYPE|ENTITY)", Pattern.CASE_INSENSITIVE);

    private XmlGuard() {
    }

    static boolean declaresDocumentType(String prolog) {
        return DOCTYPE_OR_ENTITY.matcher(prolog).find();
    }

    /** HTML5's own {@code <!DOCTYPE html>} declares no entities and is allowed; anything more is not. */
    static boolean declaresEntities(String prolog) {
        String lower = prolog.toLowerCase(Locale.ROOT);
        return lower.contains("<!entity") || (lower.contains("<!doctype") && lower.contains("["));
    }
}
