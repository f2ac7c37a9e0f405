package org.kakehashi.account;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SessionKeyTest {

    @Test
    void aKeyIs256RandomBitsInBase64Url() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String key = SessionKey.next().value();
            assertThat(key).matches("[A-Za-z0-9_-]{43}");
            assertThat(Base64.getUrlDecoder().decode(key)).hasSize(32);
            keys.add(key);
        }
        assertThat(keys).hasSize(1000);
    }

    @Test
    void theDatabaseKnowsAKeyOnlyByItsSha256() {
        SessionKey key = new SessionKey("A".repeat(43));

        assertThat(key.hash()).isEqualTo("0f007385b6f9d4b7eeb2748605afe1a984a0a3bfa3f014d09e2a784ce9e5cd1a");
        assertThat(SessionKey.next().hash()).matches("[0-9a-f]{64}").isNotEqualTo(key.hash());
    }

    @Test
    void aCookieThatCannotBeAKeyIsNoneWithoutAsking() {
        assertThat(SessionKey.parse("A".repeat(43))).contains(new SessionKey("A".repeat(43)));
        assertThat(SessionKey.parse(null)).isEmpty();
        assertThat(SessionKey.parse("")).isEmpty();
        assertThat(SessionKey.parse("A".repeat(42))).isEmpty();
        assertThat(SessionKey.parse("A".repeat(44))).isEmpty();
        assertThat(SessionKey.parse("A".repeat(42) + "=")).isEmpty();
        assertThat(SessionKey.parse("A".repeat(42) + "+")).isEmpty();
        assertThat(SessionKey.parse("' or 1=1 --")).isEmpty();
    }

    @Test
    void aKeyNeverShowsItselfInALog() {
        SessionKey key = SessionKey.next();

        assertThat(key.toString()).doesNotContain(key.value());
    }
}
