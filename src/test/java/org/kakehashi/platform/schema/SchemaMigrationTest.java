package org.kakehashi.platform.schema;

import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The migrations against the entities, on H2 without a server: the persistence unit's session factory is built as
 * the server builds it, with {@code hbm2ddl.auto=validate}, so the integrator must have migrated the database
 * before Hibernate checks it.
 */
class SchemaMigrationTest {

    private static JdbcDataSource emptyDatabase() {
        return PersistenceUnitOnH2.emptyDatabase();
    }

    /** Builds the session factory, which runs the integrator and then validates; throws when they disagree. */
    private static void startPersistenceUnit(JdbcDataSource dataSource) {
        try (SessionFactory factory = PersistenceUnitOnH2.start(dataSource)) {
            assertThat(factory.isOpen()).isTrue();
        }
    }

    @Test
    void anEmptyDatabaseIsMigratedBeforeHibernateValidatesIt() throws Exception {
        JdbcDataSource dataSource = emptyDatabase();

        startPersistenceUnit(dataSource);

        assertThat(Arrays.stream(SchemaMigration.flyway(dataSource).info().applied())
                .map(MigrationInfo::getVersion).map(Object::toString))
                .containsExactly("0.1", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                        "16", "17", "18", "19", "20", "21", "22", "23", "24", "25");
        assertThat(count(dataSource, "select count(*) from ACT_GE_PROPERTY where NAME_ = 'schema.version'"))
                .isEqualTo(1);
    }

    @Test
    void aDatabaseOfTheLastReleaseIsBaselinedAndGetsOnlyWhatCameAfter() throws Exception {
        JdbcDataSource dataSource = emptyDatabase();
        try (InputStream fixture = SchemaMigrationTest.class.getResourceAsStream("/upgrade/h2/database.sql")) {
            execute(dataSource, new String(fixture.readAllBytes(), StandardCharsets.UTF_8));
        }
        long requests = count(dataSource, "select count(*) from translation_request");

        startPersistenceUnit(dataSource);

        assertThat(Arrays.stream(SchemaMigration.flyway(dataSource).info().applied())
                .map(migration -> migration.getVersion() + " " + migration.getType()))
                .containsExactly("1 BASELINE", "2 SQL", "3 SQL", "4 SQL", "5 SQL", "6 SQL", "7 SQL", "8 SQL", "9 SQL",
                        "10 SQL", "11 SQL", "12 SQL", "13 SQL", "14 SQL", "15 SQL", "16 SQL", "17 SQL",
                        "18 SQL", "19 SQL", "20 SQL", "21 SQL", "22 SQL", "23 SQL", "24 SQL", "25 SQL");
        assertThat(count(dataSource, "select count(*) from translation_request")).isEqualTo(requests).isEqualTo(14);
        assertThat(count(dataSource, """
                select count(*) from translation_request where request_number = '2026-00009'
                and idempotency_key = '08da0865a196c4ce1e5d57c0fd1800eba923ce6a60ac5065dd3f0903df8adbb9'"""))
                .as("the Idempotency-Key 2026-00009 was submitted under, moved onto it").isEqualTo(1);
    }

    @Test
    void migratingTwiceChangesNothing() throws Exception {
        JdbcDataSource dataSource = emptyDatabase();
        SchemaMigration.flyway(dataSource).migrate();

        assertThat(SchemaMigration.flyway(dataSource).migrate().migrationsExecuted).isZero();
    }

    @Test
    void anEntityWhoseColumnNoMigrationMadeStopsThePersistenceUnit() throws Exception {
        JdbcDataSource dataSource = emptyDatabase();
        SchemaMigration.flyway(dataSource).migrate();
        execute(dataSource, "alter table stored_document drop column charset");

        assertThatThrownBy(() -> startPersistenceUnit(dataSource))
                .hasStackTraceContaining("missing column [charset] in table [stored_document]");
    }

    private static void execute(JdbcDataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(JdbcDataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
