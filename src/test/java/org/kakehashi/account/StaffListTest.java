package org.kakehashi.account;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.kakehashi.account.StaffList.Column;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StaffListTest {

    private static final String CSV = """
            ユーザー名,氏名,所属課,役割,言語の組\r
            kato,加藤 一郎,sougou-fukushi,requester,\r
            ,,,,\r
            ota,太田 花子,mirai-souzou,"reviewer, coordinator",ja>en en>ja\r
            """;

    private static void assertTheTwoPeople(StaffList list) {
        assertThat(list.entries()).hasSize(2);
        StaffList.Entry kato = list.entries().get(0);
        assertThat(kato.row()).isEqualTo(2);
        assertThat(kato.cell(Column.USERNAME)).isEqualTo("kato");
        assertThat(kato.cell(Column.DISPLAY_NAME)).isEqualTo("加藤 一郎");
        assertThat(kato.cell(Column.DEPARTMENT)).isEqualTo("sougou-fukushi");
        StaffList.Entry ota = list.entries().get(1);
        assertThat(ota.row()).isEqualTo(4);
        assertThat(ota.cell(Column.ROLES)).isEqualTo("reviewer, coordinator");
        assertThat(ota.cell(Column.LANGUAGE_PAIRS)).isEqualTo("ja>en en>ja");
    }

    @Test
    void aCsvInUtf8WithAByteOrderMarkAsExcelSavesIt() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = CSV.getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(text, 0, file, bom.length, text.length);

        assertTheTwoPeople(StaffList.read(file, null));
    }

    @Test
    void aCsvInShiftJisAsJapaneseExcelSavesIt() {
        assertTheTwoPeople(StaffList.read(CSV.getBytes(Charset.forName("windows-31j")), null));
    }

    @Test
    void theFirstSheetOfAnExcelWorkbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("職員");
            List<List<String>> rows = List.of(
                    List.of("username", "displayName", "department", "roles", "languagePairs"),
                    List.of("kato", "加藤 一郎", "sougou-fukushi", "requester"),
                    List.of(),
                    List.of("ota", "太田 花子", "mirai-souzou", "reviewer, coordinator", "ja>en en>ja"));
            for (int r = 0; r < rows.size(); r++) {
                if (rows.get(r).isEmpty()) {
                    continue;
                }
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);

            assertTheTwoPeople(StaffList.read(out.toByteArray(), null));
        }
    }

    @Test
    void aHeadingNoColumnHasIsNamedNotDropped() {
        StaffList list = StaffList.read("username,displayName,depratment\nkato,加藤,kankou\n"
                .getBytes(StandardCharsets.UTF_8), null);

        assertThat(list.unknownHeadings()).containsExactly("depratment");
    }

    @Test
    void anEmptyFileIsRefusedOnTheFile() {
        assertThatThrownBy(() -> StaffList.read(new byte[0], null))
                .isInstanceOfSatisfying(StaffListException.class, e -> assertThat(e.field()).isEqualTo("file"));
    }
}
