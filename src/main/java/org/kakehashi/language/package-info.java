/**
 * Languages, scripts and text through ICU4J: BCP 47 tags, counting receipts, decoding and encoding the legacy
 * Japanese encodings, search keys, and dates in Japanese eras.
 */
package org.kakehashi.language;
