package org.kakehashi.document;

import org.kakehashi.language.CountingReceipt;
import org.kakehashi.language.EncodingReport;

/**
 * A document's format and, for formats whose text Kakehashi reads, its counting receipt.
 *
 * @param segments the translatable segments Okapi found; null for plain text and formats without text
 * @param receipt  null for formats without text to count (XLIFF)
 * @param encoding how a plain text file's encoding was settled, with the candidates when it is unclear; null for
 *                 other formats
 */
public record DocumentCount(DocumentType type, String mediaType, int bytes, Integer segments,
                            CountingReceipt receipt, EncodingReport encoding) {
}
