package org.kakehashi.platform.problem;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnavailableTest {

    @Test
    void aConnectionFailureDeepInTheCausesIsUnavailability() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
        RuntimeException fromThePool = new RuntimeException("Unable to acquire JDBC Connection",
                new SQLException(new IllegalStateException("IJ000453", refused)));

        assertThat(DatabaseUnavailable.causedBy(fromThePool)).isTrue();
    }

    @Test
    void aDatabaseShuttingDownIsUnavailability() {
        assertThat(DatabaseUnavailable.causedBy(new SQLException("the database system is shutting down", "57P03")))
                .isTrue();
    }

    @Test
    void aCommitThatLostItsConnectionIsUnavailability() {
        IllegalStateException rolledBack = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        rolledBack.addSuppressed(new IllegalStateException("IJ001156: Could not commit local transaction",
                new SQLException("terminating connection due to administrator command", "57P01")));

        assertThat(DatabaseUnavailable.causedBy(rolledBack)).isTrue();
    }

    @Test
    void aRefusedStatementIsNot() {
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("duplicate key", "23505"))))
                .isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("no database involved"))).isFalse();
    }
}
