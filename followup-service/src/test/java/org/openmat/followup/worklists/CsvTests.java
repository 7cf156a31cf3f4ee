package org.openmat.followup.worklists;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTests {

    @Test
    void writesRfc4180WithCrlfAndQuotesOnlyWhereNeeded() {
        String csv = Csv.of(List.of("id", "codes"), List.of(
                List.of("a1", "withdrawal-severe patient-asked-for-help"),
                Arrays.asList("b2", null),
                List.of("c3", "say \"hi\", then\nleave")));

        assertThat(csv).isEqualTo("id,codes\r\n"
                + "a1,withdrawal-severe patient-asked-for-help\r\n"
                + "b2,\r\n"
                + "c3,\"say \"\"hi\"\", then\nleave\"\r\n");
    }

    @Test
    void neutralisesCellsASpreadsheetWouldRunAsFormulas() {
        assertThat(Csv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Csv.cell("+1")).isEqualTo("'+1");
        assertThat(Csv.cell("-1")).isEqualTo("'-1");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("2026-11-06T05:00:00Z")).isEqualTo("2026-11-06T05:00:00Z");
    }
}
