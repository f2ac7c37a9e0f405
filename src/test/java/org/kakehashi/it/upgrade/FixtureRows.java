package org.kakehashi.it.upgrade;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The rows of the upgrade fixture, read in the server: {@code upgrade/<vendor>/rows.tsv} lists, for each of
 * Kakehashi's tables, an expression that identifies a row and the values it had in the last release's database.
 */
@ApplicationScoped
@Transactional
public class FixtureRows {

    /** One table's rows: {@code key} is SQL that both databases evaluate alike (text, joined with '|'). */
    public record Table(String name, String key, List<String> values) {
    }

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;

    public List<Table> listed() {
        String vendor = em.unwrap(Session.class).doReturningWork(c -> c.getMetaData().getDatabaseProductName())
                .toLowerCase(java.util.Locale.ROOT);
        try (InputStream in = FixtureRows.class.getResourceAsStream("/upgrade/" + vendor + "/rows.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .map(column -> new Table(column[0], column[1], Arrays.asList(column[2].split(","))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many of the listed rows the table still holds. */
    public long present(Table table) {
        String values = table.values().stream().map(v -> "'" + v.replace("'", "''") + "'")
                .collect(Collectors.joining(","));
        return ((Number) em.createNativeQuery("select count(distinct " + table.key() + ") from " + table.name()
                + " where " + table.key() + " in (" + values + ")").getSingleResult()).longValue();
    }
}
