package org.openmat.followup.worklists;

import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV (CRLF line ends, quotes doubled). A cell that a spreadsheet would read as a formula gets a leading
 * apostrophe, so an export opened in a spreadsheet never runs anything.
 */
public final class Csv {

    private static final String LINE_END = "\r\n";

    private Csv() {
    }

    public static String of(List<String> header, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder(line(header));
        rows.forEach(row -> csv.append(line(row)));
        return csv.toString();
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    private static String line(List<String> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + LINE_END;
    }
}
