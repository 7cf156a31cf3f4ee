package org.openmat.followup.worklists.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.BiFunction;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.openmat.followup.FollowupProperties;
import org.openmat.followup.web.PageView;
import org.openmat.followup.worklists.Csv;
import org.openmat.followup.worklists.WorklistItems.NotDispensed;
import org.openmat.followup.worklists.WorklistItems.OpenEscalation;
import org.openmat.followup.worklists.WorklistItems.OverdueCheckIn;
import org.openmat.followup.worklists.Worklists;
import org.openmat.followup.worklists.Worklists.Slice;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Operations' worklists as pages of JSON, and each as a CSV export ({@code .csv}, {@code text/csv}). */
@RestController
@Validated
@PreAuthorize("hasRole('ops')")
class WorklistController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final Worklists worklists;
    private final Clock clock;
    private final int csvMaxRows;

    WorklistController(Worklists worklists, Clock clock, FollowupProperties properties) {
        this.worklists = worklists;
        this.clock = clock;
        this.csvMaxRows = properties.csvMaxRows();
    }

    @GetMapping("/api/ops/worklists/overdue")
    PageView<OverdueCheckIn> overdue(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return page(worklists::overdue, page, size);
    }

    @GetMapping("/api/ops/worklists/open-escalations")
    PageView<OpenEscalation> openEscalations(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return page(worklists::openEscalations, page, size);
    }

    @GetMapping("/api/ops/worklists/not-dispensed")
    PageView<NotDispensed> notDispensed(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return page(worklists::notDispensed, page, size);
    }

    @GetMapping("/api/ops/worklists/overdue.csv")
    ResponseEntity<String> overdueCsv() {
        return csv(WorklistCsv.OVERDUE, worklists::overdue);
    }

    @GetMapping("/api/ops/worklists/open-escalations.csv")
    ResponseEntity<String> openEscalationsCsv() {
        return csv(WorklistCsv.OPEN_ESCALATIONS, worklists::openEscalations);
    }

    @GetMapping("/api/ops/worklists/not-dispensed.csv")
    ResponseEntity<String> notDispensedCsv() {
        return csv(WorklistCsv.NOT_DISPENSED, worklists::notDispensed);
    }

    private static <T> PageView<T> page(BiFunction<Integer, Integer, Slice<T>> list, int page, int size) {
        Slice<T> slice = list.apply(page * size, size);
        return PageView.of(slice.items(), page, size, slice.totalItems());
    }

    /** At most {@code csv-max-rows} rows; {@code X-Total-Count} tells when the list was longer. */
    private <T> ResponseEntity<String> csv(WorklistCsv<T> columns, BiFunction<Integer, Integer, Slice<T>> list) {
        Slice<T> slice = list.apply(0, csvMaxRows);
        String fileName = columns.fileName() + "-" + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) + ".csv";
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .header("X-Total-Count", Long.toString(slice.totalItems()))
                .body(Csv.of(columns.header(), slice.items().stream().map(columns.cells()).toList()));
    }
}
