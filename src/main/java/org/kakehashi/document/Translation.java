package org.kakehashi.document;

/**
 * A translation read back from an exchange file.
 *
 * @param text     the translated text as the job keeps it
 * @param document the requester's document rebuilt with the translation in place, or null when there is none
 */
public record Translation(String text, byte[] document) {
}
