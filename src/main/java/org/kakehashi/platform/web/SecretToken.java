package org.kakehashi.platform.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secrets behind links people are sent (status links, download links): 128 random bits, handed out once as
 * 22 base64url characters, kept only as their SHA-256 so that the database alone opens nothing. Login sessions'
 * keys are made and kept the same way, with 256 bits.
 */
public final class SecretToken {

    public static final int LENGTH = 22;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretToken() {
    }

    public static String next() {
        return next(16);
    }

    /** That many random bytes in base64url without padding: 43 characters for 32 bytes. */
    public static String next(int bytes) {
        byte[] secret = new byte[bytes];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    public static String hashOf(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
