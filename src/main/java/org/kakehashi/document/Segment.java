package org.kakehashi.document;

/** A translatable piece of a document, by its id in the document and its text without formatting codes. */
public record Segment(String id, String text) {
}
