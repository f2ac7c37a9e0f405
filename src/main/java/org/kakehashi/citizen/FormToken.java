package org.kakehashi.citizen;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * The public form's anti-bot measure, which needs no outside service: the page fetches a token signed by the
 * server with the time it was issued; a submission must bring it back no sooner than a person can fill the form
 * ({@link #MIN_FILL}) and no later than {@link #MAX_AGE}. Bots posting straight to the API have no token, and
 * scripted ones must wait like a person. Each token is good for one submission (its nonce is kept with the request).
 */
final class FormToken {

    static final Duration MIN_FILL = Duration.ofSeconds(3);
    static final Duration MAX_AGE = Duration.ofHours(2);
    private static final SecureRandom RANDOM = new SecureRandom();

    private FormToken() {
    }

    static String issue(byte[] key, Instant at) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String payload = at.getEpochSecond() + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
        return payload + "." + signature(key, payload);
    }

    /**
     * @return the token's nonce
     * @throws CitizenProblem on {@code formToken} when it is missing, forged, too fresh or too old
     */
    static String check(byte[] key, String token, Instant now) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        if (parts.length != 3) {
            throw CitizenProblem.invalidToken();
        }
        String payload = parts[0] + "." + parts[1];
        if (!MessageDigest.isEqual(signature(key, payload).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII))) {
            throw CitizenProblem.invalidToken();
        }
        Instant issued;
        try {
            issued = Instant.ofEpochSecond(Long.parseLong(parts[0]));
        } catch (NumberFormatException e) {
            throw CitizenProblem.invalidToken();
        }
        if (now.isBefore(issued.plus(MIN_FILL))) {
            throw CitizenProblem.tooFast();
        }
        if (now.isAfter(issued.plus(MAX_AGE))) {
            throw CitizenProblem.expiredToken();
        }
        return parts[1];
    }

    private static String signature(byte[] key, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
    }
}
