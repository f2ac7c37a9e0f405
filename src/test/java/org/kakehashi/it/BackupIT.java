package org.kakehashi.it;

import org.h2.tools.Restore;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The embedded database backed up while the server runs, and the backup restored elsewhere with every request
 * in it. On PostgreSQL the server says to use pg_dump.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackupIT {

    @ArquillianResource
    URL base;

    private static boolean onH2() {
        return "h2".equals(System.getProperty("kakehashi.it.db.driver"));
    }

    @Test
    void anOnlineBackupOfTheEmbeddedDatabaseRestoresWithEveryRequest(@TempDir Path restored) throws Exception {
        assumeTrue(onH2(), "the embedded database only");
        String submitted = Api.as(base, "sato").submit("バックアップ前の依頼");
        List<String> numbers = Api.as(base, "emily").call().queryParam("size", 200).get("requests")
                .then().statusCode(200).extract().jsonPath().getList("number");

        String file = Api.as(base, "admin").call().post("admin/backup").then().statusCode(200)
                .extract().path("file");
        Restore.execute(file, restored.toString(), "kakehashi");

        List<String> inBackup = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + restored.resolve("kakehashi"), "sa", "sa");
             Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("select request_number from translation_request")) {
            while (rows.next()) {
                inBackup.add(rows.getString(1));
            }
        }
        assertThat(inBackup).contains(submitted).containsAll(numbers);
    }

    @Test
    void onPostgresqlTheServerSaysToUsePgDump() {
        assumeTrue(!onH2(), "PostgreSQL only");
        Api.as(base, "admin").call().header("Accept-Language", "en").post("admin/backup").then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void onlyAnAdministratorBacksUp() {
        Api.as(base, "emily").call().post("admin/backup").then().statusCode(403);
    }
}
