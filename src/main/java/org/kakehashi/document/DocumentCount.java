package org.kakehashi.document;

import org.kakehashi.language.CountingReceipt;

/**
 * A document's format and, for formats whose text Kakehashi reads, its counting receipt.
 *
 * @param segments the translatable segments Okapi found; null for plain text and formats without text
 * @param receipt  null for formats without text to count (XLIFF)
 */
public record DocumentCount(DocumentType type, String mediaType, int bytes, Integer segments,
                            CountingReceipt receipt) {
}
