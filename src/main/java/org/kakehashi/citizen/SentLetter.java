package org.kakehashi.citizen;

/** The photo or scan of a letter as the public form sent it: the file's name on the citizen's device, its bytes. */
public record SentLetter(String fileName, byte[] bytes) {
}
