package org.kakehashi.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A table as CSV that Excel on a Japanese Windows opens as it is: UTF-8 with a byte-order mark (without it Excel
 * reads Shift_JIS and garbles the Japanese), CRLF line ends, RFC 4180 quoting; empty cells for missing figures.
 */
final class ReportCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ReportCsv() {
    }

    static byte[] of(ReportTable table) {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180.builder().setNullString("").get())) {
            printer.printRecord(table.columns());
            for (var row : table.rows()) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] csv = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, csv, 0, BOM.length);
        System.arraycopy(body, 0, csv, BOM.length, body.length);
        return csv;
    }
}
