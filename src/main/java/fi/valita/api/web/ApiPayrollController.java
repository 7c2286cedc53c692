package fi.valita.api.web;

import fi.valita.identity.CurrentUser;
import fi.valita.payroll.FileFormat;
import fi.valita.payroll.Payroll;
import fi.valita.payroll.PayrollExport;
import fi.valita.payroll.PayrollFile;
import fi.valita.payroll.PayrollPeriod;
import fi.valita.payroll.PayrollRefused;
import fi.valita.platform.ProblemField;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payroll files and batches, for holders of the payroll permission only (403 for everyone else, also
 * for coordinators without it). Fetching a file is read only, but logged like a download from the pages.
 */
@RestController
@RequestMapping("/api/v1/payroll-exports")
@Tag(name = "Payroll", description = "Payroll batches and files; needs the payroll permission")
class ApiPayrollController {

    private final Payroll payroll;

    ApiPayrollController(Payroll payroll) {
        this.payroll = payroll;
    }

    @Schema(name = "NewPayrollExport")
    record NewExportJson(
            @Schema(format = "date", description = "The first work date of the period, e.g. 2026-06-01")
            @Nullable @NotBlank String from,
            @Schema(format = "date", description = "The last work date of the period, at most a year after from")
            @Nullable @NotBlank String to,
            @Schema(format = "date", description = "The day the payer pays the batch")
            @Nullable @NotBlank String paymentDate) {}

    @Schema(name = "PayrollExport")
    record ExportJson(String id, LocalDate periodFrom, LocalDate periodTo, LocalDate paymentDate, int lineCount,
            long totalCents, OffsetDateTime madeAt, @Nullable LocalDate paidOn) {

        static ExportJson of(PayrollExport e) {
            return new ExportJson(e.id().toString(), e.periodFrom(), e.periodTo(), e.paymentDate(), e.lineCount(),
                    e.total().cents(), ApiTimes.at(e.madeAt()), e.paidOn());
        }
    }

    @GetMapping
    @Operation(summary = "The payroll file (CSV or XLSX) of the lines of the caller's pool with work dates in the "
            + "period that have gone out in batches (exported or paid); each access to an identity code is logged")
    ResponseEntity<byte[]> file(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false, defaultValue = "csv") String format) {
        var errors = new InvalidInput.Collector();
        LocalDate start = date(from, "from", errors);
        LocalDate end = date(to, "to", errors);
        FileFormat fileFormat = FileFormat.of(format).orElse(null);
        if (fileFormat == null) {
            errors.reject("format", "Must be csv or xlsx.");
        }
        errors.throwIfAny();
        try {
            PayrollFile file = payroll.fileOfPeriod(user, Objects.requireNonNull(start), Objects.requireNonNull(end),
                    Objects.requireNonNull(fileFormat), Locale.ENGLISH);
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(file.format().contentType()))
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment().filename(file.fileName()).build().toString())
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .body(file.content());
        } catch (PayrollRefused refused) {
            throw invalid(refused);
        }
    }

    @PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Makes a payroll batch of the approved lines of the period; they become exported")
    ResponseEntity<ExportJson> make(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody NewExportJson body) {
        var errors = new InvalidInput.Collector();
        LocalDate start = date(body.from(), "from", errors);
        LocalDate end = date(body.to(), "to", errors);
        LocalDate payment = date(body.paymentDate(), "paymentDate", errors);
        errors.throwIfAny();
        PayrollPeriod period;
        try {
            period = new PayrollPeriod(Objects.requireNonNull(start), Objects.requireNonNull(end),
                    Objects.requireNonNull(payment));
        } catch (PayrollRefused refused) {
            throw invalid(refused);
        }
        try {
            return ResponseEntity.status(HttpStatus.CREATED).body(ExportJson.of(payroll.makeExport(user, period)));
        } catch (PayrollRefused refused) {
            throw new CallRefused(refused.field(), "There are no approved lines to export in this period.");
        }
    }

    private static InvalidInput invalid(PayrollRefused refused) {
        return new InvalidInput(List.of(new ProblemField(refused.field(), switch (refused.messageKey()) {
            case "payroll.error.period-too-long" -> "The period can be at most a year.";
            default -> "The end of the period cannot be before its start.";
        })));
    }

    private static @Nullable LocalDate date(@Nullable String text, String field, InvalidInput.Collector errors) {
        if (text == null || text.isBlank()) {
            errors.reject(field, "Give a date as yyyy-mm-dd.");
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.reject(field, "Not a date: give it as yyyy-mm-dd.");
            return null;
        }
    }
}
