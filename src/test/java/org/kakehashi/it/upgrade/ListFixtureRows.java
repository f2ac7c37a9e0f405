package org.kakehashi.it.upgrade;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Lists the rows of a freshly made upgrade fixture (upgrade/tables.tsv) into its rows.tsv. Run once, when the
 * fixture is made (upgrade/README.md); not part of the build.
 */
public final class ListFixtureRows {

    private ListFixtureRows() {
    }

    /** @param args the fixture database's URL, user and password, and the rows.tsv to write */
    public static void main(String[] args) throws SQLException, IOException {
        List<String> lines = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2]);
             InputStream tables = ListFixtureRows.class.getResourceAsStream("/upgrade/tables.tsv")) {
            for (String line : new String(tables.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList()) {
                String[] table = line.split("\t");
                TreeSet<String> values = new TreeSet<>();
                try (Statement statement = db.createStatement();
                     ResultSet rows = statement.executeQuery("select " + table[1] + " from " + table[0])) {
                    while (rows.next()) {
                        values.add(rows.getString(1));
                    }
                }
                if (!values.isEmpty()) {
                    lines.add(table[0] + "\t" + table[1] + "\t" + String.join(",", values));
                }
            }
        }
        Files.write(Path.of(args[3]), lines, StandardCharsets.UTF_8);
    }
}
