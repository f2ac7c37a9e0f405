package org.kakehashi.request;

import java.nio.charset.Charset;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The file a requester sent with their request, as uploaded; {@code name} is what their computer called it, and
 * {@code charset} the encoding they chose for a plain text file that reads more than one way (else null).
 */
public record SourceFile(String name, byte[] bytes, Charset charset) {

    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
