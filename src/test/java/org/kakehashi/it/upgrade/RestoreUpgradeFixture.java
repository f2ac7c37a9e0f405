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

/**
 * Before the integration tests' server starts, puts the database made by the last release before versioned
 * migrations (src/test/resources/upgrade/) into the tests' database, so that the server's deployment upgrades it
 * and every test then runs on an upgraded database; {@link UpgradeIT} checks that nothing was lost.
 *
 * <p>The H2 database under target/ is the build's own and is emptied first. A PostgreSQL database is restored
 * into only when it holds no tables: the tests never assume their database is empty, and never empty one.
 */
public final class RestoreUpgradeFixture {

    private RestoreUpgradeFixture() {
    }

    /** @param args the database's URL, user and password, and the file that says the fixture is restored */
    public static void main(String[] args) throws SQLException, IOException {
        String url = args[0];
        Path restored = Path.of(args[3]);
        Files.deleteIfExists(restored);
        try (Connection db = DriverManager.getConnection(url, args[1], args[2])) {
            String vendor = url.startsWith("jdbc:h2:") ? "h2" : "postgresql";
            if (vendor.equals("h2")) {
                execute(db, "drop all objects");
            } else if (hasTables(db)) {
                System.out.println("upgrade fixture: " + url + " already holds tables; not restored, and UpgradeIT"
                        + " will skip");
                return;
            }
            execute(db, fixture(vendor));
            Files.writeString(restored, vendor);
            System.out.println("upgrade fixture: the " + vendor + " database of the last release restored into "
                    + url);
        }
    }

    private static boolean hasTables(Connection db) throws SQLException {
        try (Statement statement = db.createStatement();
             ResultSet tables = statement.executeQuery(
                     "select count(*) from information_schema.tables where table_schema = current_schema()")) {
            tables.next();
            return tables.getLong(1) > 0;
        }
    }

    private static String fixture(String vendor) throws IOException {
        try (InputStream in = RestoreUpgradeFixture.class.getResourceAsStream("/upgrade/" + vendor + "/database.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Both drivers run a script of several statements sent as one, outside any transaction of ours. */
    private static void execute(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }
}
