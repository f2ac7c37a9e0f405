package org.kakehashi.account;

import org.junit.jupiter.api.Test;
import org.kakehashi.directory.Person;
import org.kakehashi.platform.identity.Role;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LoginSessionTest {

    private static final Instant LOGIN = Instant.parse("2026-12-14T00:30:00Z");
    private static final Person SATO = new Person("sato", "佐藤", "sougou-fukushi", null, Set.of(Role.REQUESTER),
            Set.of());

    private static LoginSession openedAt(Instant at) {
        return new LoginSession(SessionKey.next(), SATO, "token", at);
    }

    @Test
    void aSessionIsOpenUntilHalfAnHourWithoutUse() {
        LoginSession session = openedAt(LOGIN);

        assertThat(session.isOpenAt(LOGIN)).isTrue();
        assertThat(session.isOpenAt(LOGIN.plus(Duration.ofMinutes(30)).minusMillis(1))).isTrue();
        assertThat(session.isOpenAt(LOGIN.plus(Duration.ofMinutes(30)))).isFalse();
    }

    @Test
    void useKeepsItOpenButNotBeyondTwelveHoursAfterTheLogin() {
        LoginSession session = openedAt(LOGIN);
        Instant lastUse = LOGIN.plus(Duration.ofHours(12)).minus(Duration.ofMinutes(5));
        for (Instant use = LOGIN; !use.isAfter(lastUse); use = use.plus(Duration.ofMinutes(20))) {
            assertThat(session.isOpenAt(use)).isTrue();
            session.recordUseAt(use);
        }

        assertThat(session.isOpenAt(LOGIN.plus(Duration.ofHours(12)).minusMillis(1))).isTrue();
        assertThat(session.isOpenAt(LOGIN.plus(Duration.ofHours(12)))).isFalse();
    }

    @Test
    void aUseIsRecordedAtMostOnceAMinute() {
        LoginSession session = openedAt(LOGIN);

        assertThat(session.recordUseAt(LOGIN.plusSeconds(59))).isFalse();
        assertThat(session.isOpenAt(LOGIN.plus(Duration.ofMinutes(30)))).isFalse();
        assertThat(session.recordUseAt(LOGIN.plusSeconds(60))).isTrue();
        assertThat(session.lastUsedAt()).isEqualTo(LOGIN.plusSeconds(60));
        assertThat(session.isOpenAt(LOGIN.plus(Duration.ofMinutes(30)))).isTrue();
        assertThat(session.recordUseAt(LOGIN.plusSeconds(119))).isFalse();
    }

    @Test
    void theSweepTakesEverySessionLastUsedHalfAnHourAgoOrEarlier() {
        Instant now = LOGIN.plus(Duration.ofHours(1));

        assertThat(LoginSession.idleCutoff(now)).isEqualTo(now.minus(Duration.ofMinutes(30)));
        assertThat(openedAt(LoginSession.idleCutoff(now)).isOpenAt(now)).isFalse();
        assertThat(openedAt(LoginSession.idleCutoff(now).plusMillis(1)).isOpenAt(now)).isTrue();
    }
}
