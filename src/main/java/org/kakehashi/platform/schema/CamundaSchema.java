package org.kakehashi.platform.schema;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Camunda 7.23's tables, made by the create scripts that the engine's jar ships, in the order the engine runs
 * them, as a migration before Kakehashi's own (version 0.1): under Flyway's lock, so that two nodes starting on
 * an empty database do not both create them, and recorded, so that a Camunda upgrade is a migration too (the
 * jar's {@code db/upgrade/*_engine_7.23_to_7.24.sql}, see README). The engine itself only checks its tables.
 * A database made before versioned migrations has them already (made by the engine) and is baselined above.
 */
final class CamundaSchema implements JavaMigration {

    private static final String SCRIPTS = "org/camunda/bpm/engine/db/create/activiti.%s.create.%s.sql";
    private static final List<String> PARTS = List.of("engine", "history", "identity", "case.engine",
            "case.history", "decision.engine", "decision.history");

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("0.1");
    }

    @Override
    public String getDescription() {
        return "Camunda 7.23.0 engine tables";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        String database = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        String dialect = database.equals("postgresql") ? "postgres" : "h2";
        try (Statement statement = context.getConnection().createStatement()) {
            for (String part : PARTS) {
                for (String sql : statements(String.format(SCRIPTS, dialect, part))) {
                    statement.execute(sql);
                }
            }
        }
    }

    /** The script's statements: its comment lines dropped, split at each semicolon. */
    private static List<String> statements(String resource) {
        try (InputStream in = CamundaSchema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Camunda's jar has no " + resource);
            }
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.strip().startsWith("--"))
                    .collect(Collectors.joining("\n"));
            return Arrays.stream(script.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
