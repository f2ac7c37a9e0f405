package org.kakehashi.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The wrong passwords given for one user name from one source address in a row, and when that source may try
 * again. Kept for names that do not exist too, so that the answer never tells which names do.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    @Embeddable
    public static class Key implements Serializable {

        @Column(length = 64)
        private String username;

        @Column(name = "remote_address", length = 64)
        private String remoteAddress;

        protected Key() {
        }

        Key(String username, String remoteAddress) {
            this.username = username;
            this.remoteAddress = remoteAddress;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && username.equals(other.username)
                    && remoteAddress.equals(other.remoteAddress);
        }

        @Override
        public int hashCode() {
            return Objects.hash(username, remoteAddress);
        }
    }

    @EmbeddedId
    private Key key;

    @Column(name = "wrong_in_a_row", nullable = false)
    private int wrongInARow;

    @Column(name = "last_wrong_at", nullable = false)
    private Instant lastWrongAt;

    @Column(name = "next_try_at", nullable = false)
    private Instant nextTryAt;

    protected LoginThrottle() {
    }

    LoginThrottle(String username, String remoteAddress) {
        this.key = new Key(username, remoteAddress);
    }

    /** How long the source must still wait at {@code now}, if at all. */
    Optional<Duration> waitAt(Instant now) {
        return nextTryAt != null && now.isBefore(nextTryAt) ? Optional.of(Duration.between(now, nextTryAt))
                : Optional.empty();
    }

    /** @return how many wrong passwords in a row, this one included */
    int recordWrong(Instant now) {
        if (lastWrongAt != null && lastWrongAt.plus(GuessingDelay.MEMORY).isBefore(now)) {
            wrongInARow = 0;
        }
        wrongInARow++;
        lastWrongAt = now;
        nextTryAt = now.plus(GuessingDelay.after(wrongInARow));
        return wrongInARow;
    }
}
