package org.kakehashi.account;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kakehashi.language.DecodedText;
import org.kakehashi.language.TextDecoder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A city's staff list as its office keeps it: a CSV file (UTF-8 with or without a byte order mark, or Shift_JIS
 * as Excel saves it in Japan, told apart by the {@link TextDecoder}) or an Excel workbook's first sheet. The first
 * row names the columns, in English or Japanese; each further row is a person.
 */
public final class StaffList {

    /** The columns a staff list may have; the first two are required. */
    public enum Column {
        USERNAME("username", "ユーザー名"), DISPLAY_NAME("displayName", "氏名"), DEPARTMENT("department", "所属課"),
        PARTNER("partner", "連携先"), ROLES("roles", "役割"), LANGUAGE_PAIRS("languagePairs", "言語の組"),
        INTERPRETING_MODES("interpretingModes", "通訳の形式"), EMAIL("email", "メールアドレス"),
        MAIL_LANGUAGE("mailLanguage", "メールの言語");

        private final String english;
        private final String japanese;

        Column(String english, String japanese) {
            this.english = english;
            this.japanese = japanese;
        }

        /** The name of the column in the API and in problems: {@code displayName}. */
        public String key() {
            return english;
        }

        static Optional<Column> named(String heading) {
            String name = heading.strip();
            for (Column column : values()) {
                if (column.english.equalsIgnoreCase(name) || column.japanese.equals(name)) {
                    return Optional.of(column);
                }
            }
            return Optional.empty();
        }
    }

    /** A person's row, numbered as the spreadsheet numbers it (the headings are row 1). */
    public record Entry(int row, Map<Column, String> cells) {

        public String cell(Column column) {
            String value = cells.get(column);
            return value == null ? "" : value.strip();
        }
    }

    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private final List<Entry> entries;
    private final List<String> unknownHeadings;

    private StaffList(List<Entry> entries, List<String> unknownHeadings) {
        this.entries = List.copyOf(entries);
        this.unknownHeadings = List.copyOf(unknownHeadings);
    }

    /**
     * @param charset the encoding the administrator chose for a CSV file that reads more than one way, or null
     * @throws StaffListException when the file is neither a workbook nor text, or reads more than one way
     */
    public static StaffList read(byte[] file, Charset charset) {
        List<List<String>> rows = isWorkbook(file) ? workbookRows(file) : csvRows(text(file, charset));
        if (rows.isEmpty()) {
            throw new StaffListException("account.import-empty");
        }
        List<Column> columns = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String heading : rows.get(0)) {
            Optional<Column> column = Column.named(heading);
            columns.add(column.orElse(null));
            if (column.isEmpty() && !heading.isBlank()) {
                unknown.add(heading.strip());
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<Column, String> cells = new EnumMap<>(Column.class);
            for (int c = 0; c < row.size() && c < columns.size(); c++) {
                if (columns.get(c) != null) {
                    cells.put(columns.get(c), row.get(c));
                }
            }
            entries.add(new Entry(i + 1, cells));
        }
        return new StaffList(entries, unknown);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Headings the list has that are no column Kakehashi knows: a typo would otherwise lose a column. */
    public List<String> unknownHeadings() {
        return unknownHeadings;
    }

    private static boolean isWorkbook(byte[] file) {
        if (file.length < ZIP.length) {
            return false;
        }
        for (int i = 0; i < ZIP.length; i++) {
            if (file[i] != ZIP[i]) {
                return false;
            }
        }
        return true;
    }

    private static String text(byte[] file, Charset charset) {
        TextDecoder decoder = new TextDecoder();
        DecodedText decoded = charset == null ? decoder.decode(file) : decoder.decode(file, charset);
        if (!decoded.certain()) {
            throw new StaffListException("account.import-encoding-uncertain", decoded.candidates().stream()
                    .map(candidate -> candidate.charset().name()).toList().toString());
        }
        return decoded.text();
    }

    private static List<List<String>> csvRows(String text) {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
            return rows;
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            throw new StaffListException("account.import-not-csv", e.getMessage());
        }
    }

    private static List<List<String>> workbookRows(byte[] file) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            Sheet sheet = workbook.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                    }
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new StaffListException("account.import-not-workbook", String.valueOf(e.getMessage()));
        }
    }
}
