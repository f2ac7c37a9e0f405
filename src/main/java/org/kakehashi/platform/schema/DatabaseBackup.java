package org.kakehashi.platform.schema;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kakehashi.platform.config.StartSettings;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * An online backup of the embedded H2 database while the server runs ({@code BACKUP TO}, a consistent copy taken
 * without stopping anyone), into {@code backups/} beside the database. PostgreSQL is backed up with its own
 * {@code pg_dump} instead.
 */
@ApplicationScoped
public class DatabaseBackup {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** The backup written: where, and how large. */
    public record Written(String file, long bytes) {
    }

    @Resource(lookup = "java:jboss/datasources/KakehashiDS")
    DataSource dataSource;
    @Inject
    Clock clock;
    @Inject
    StartSettings settings;

    /** @return the backup, or empty when the database is not H2 */
    public Optional<Written> backUp() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getMetaData().getDatabaseProductName().equals("H2")) {
                return Optional.empty();
            }
            Path directory = directory();
            Files.createDirectories(directory);
            Path file = directory.resolve("kakehashi-" + LocalDateTime.now(clock).format(STAMP) + ".zip");
            try (Statement statement = connection.createStatement()) {
                // the name is made here of digits and a fixed text, never of input
                statement.execute("BACKUP TO '" + file.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            return Optional.of(new Written(file.toAbsolutePath().toString(), Files.size(file)));
        } catch (SQLException e) {
            throw new IllegalStateException("the database could not be backed up", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path directory() {
        return settings.dataDirectory().resolve("backups");
    }
}
