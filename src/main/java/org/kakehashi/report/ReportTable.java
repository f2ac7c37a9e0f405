package org.kakehashi.report;

import java.util.List;

/** One of the report's figures as a table: a caption, column headings and rows of cells, for people and CSV. */
public record ReportTable(String name, String caption, List<String> columns, List<List<Object>> rows) {
}
