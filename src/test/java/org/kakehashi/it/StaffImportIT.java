package org.kakehashi.it;

import io.restassured.path.json.JsonPath;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** A city's staff list from Excel or CSV: previewed row by row, imported all or nothing, and once only. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffImportIT {

    @ArquillianResource
    URL base;

    private Api admin() {
        return Api.as(base, "admin");
    }

    private JsonPath post(String path, byte[] file, int status) {
        return admin().call().header("Accept-Language", "en").contentType("text/csv").body(file)
                .post(path).then().statusCode(status).extract().jsonPath();
    }

    @Test
    void aListWithAWrongRowIsPreviewedWithEachProblemAndNothingOfItIsImported() {
        byte[] list = """
                username,displayName,department,roles,languagePairs
                hayashi,林 一郎,sougou-fukushi,requester,
                mori,森 二郎,no-such-division,requester,
                ueda,上田 三郎,mirai-souzou,reviewer,ja-en
                hayashi,林 一郎,sougou-fukushi,requester,
                """.getBytes(StandardCharsets.UTF_8);

        JsonPath preview = post("admin/people/import/preview", list, 200);
        assertThat(preview.getString("find { it.row == 2 }.action")).isEqualTo("ADD");
        assertThat(preview.getString("find { it.row == 3 }.problems[0].column")).isEqualTo("department");
        assertThat(preview.getString("find { it.row == 3 }.problems[0].message")).contains("no-such-division");
        assertThat(preview.getString("find { it.row == 4 }.problems[0].column")).isEqualTo("languagePairs");
        assertThat(preview.getString("find { it.row == 5 }.problems[0].column")).isEqualTo("username");

        JsonPath refused = admin().call().header("Accept-Language", "en").contentType("text/csv").body(list)
                .post("admin/people/import").then().statusCode(400).contentType("application/problem+json")
                .extract().jsonPath();
        assertThat(refused.getList("errors.field")).contains("row 3: department", "row 4: languagePairs",
                "row 5: username");
        admin().call().get("admin/people").then().statusCode(200).body("username", not(hasItem("hayashi")));
    }

    @Test
    void aShiftJisListIsImportedOnceAndImportingItAgainChangesNothing() {
        byte[] list = """
                ユーザー名,氏名,所属課,役割,言語の組,メールアドレス,メールの言語
                ishikawa,石川 春子,gyousei-kanri,requester,,ishikawa@city.example.jp,ja
                nakano,中野 夏子,mirai-souzou,reviewer,ja>en,nakano@city.example.jp,en
                """.getBytes(Charset.forName("windows-31j"));

        JsonPath first = post("admin/people/import", list, 200);
        assertThat(first.getInt("added")).isEqualTo(2);
        admin().call().get("admin/people").then().statusCode(200)
                .body("find { it.username == 'ishikawa' }.displayName", equalTo("石川 春子"))
                .body("find { it.username == 'nakano' }.languagePairs", hasItem("ja>en"));
        int changesBefore = admin().call().get("admin/changes?limit=1000").then().statusCode(200)
                .extract().jsonPath().getList("").size();

        JsonPath again = post("admin/people/import", list, 200);
        assertThat(again.getInt("added")).isZero();
        assertThat(again.getInt("changed")).isZero();
        assertThat(again.getInt("unchanged")).isEqualTo(2);
        assertThat(admin().call().get("admin/changes?limit=1000").then().statusCode(200)
                .extract().jsonPath().getList("")).hasSize(changesBefore);
    }

    @Test
    void anExcelWorkbooksFirstSheetIsImported() throws IOException {
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("職員名簿");
            List<List<String>> rows = List.of(List.of("username", "displayName", "department", "roles"),
                    List.of("okamoto", "岡本 秋子", "sougou-fukushi", "requester"));
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            book.write(out);
            workbook = out.toByteArray();
        }

        admin().call().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body(workbook).post("admin/people/import").then().statusCode(200).body("added", equalTo(1));
        admin().call().get("admin/people").then().statusCode(200)
                .body("find { it.username == 'okamoto' }.department", equalTo("sougou-fukushi"));
    }

    @Test
    void onlyAnAdministratorImportsStaff() {
        Api.as(base, "emily").call().contentType("text/csv").body("username,displayName\nx,y\n".getBytes())
                .post("admin/people/import/preview").then().statusCode(403);
    }
}
