package fi.valita.documents.web;

import fi.valita.documents.AttendanceLists;
import fi.valita.documents.AttendanceLists.AttendanceList;
import fi.valita.documents.internal.Csv;
import fi.valita.documents.internal.Sheet;
import fi.valita.documents.internal.Xlsx;
import fi.valita.experts.EngagementForm;
import fi.valita.fees.AttendanceDay;
import fi.valita.identity.CurrentUser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The month's days of work activity for the pool's coordinators (rehabilitative work activity by default, or 27 e §
 * work activity): a page, and the same as CSV and XLSX for the municipality.
 */
@Controller
class AttendanceController {

    private final AttendanceLists lists;
    private final WordsFactory words;
    private final Clock clock;

    AttendanceController(AttendanceLists lists, WordsFactory words, Clock clock) {
        this.lists = lists;
        this.words = words;
        this.clock = clock;
    }

    /** One person on the page: name, days that count, each day in words, and the warnings in words. */
    record PersonRow(String name, long counted, List<DayRow> days) {}

    record DayRow(String day, String hours, boolean counts, List<String> warnings) {}

    @GetMapping("/coordinator/attendance")
    String showAttendance(@AuthenticationPrincipal CurrentUser coordinator,
            @RequestParam(required = false) @Nullable String month, @RequestParam(required = false) @Nullable String form,
            Model model, Locale locale) {
        AttendanceList list = list(coordinator, month, form);
        Words w = words.in(locale);
        model.addAttribute("list", list);
        model.addAttribute("rows", list.people().stream().map(p -> new PersonRow(p.name(),
                p.attendance().countedDays(), p.attendance().days().stream().map(d -> day(d, w)).toList())).toList());
        model.addAttribute("forms", AttendanceLists.forms());
        model.addAttribute("month", list.month());
        model.addAttribute("previousMonth", list.month().minusMonths(1));
        model.addAttribute("nextMonth", list.month().plusMonths(1));
        model.addAttribute("words", w);
        return "documents/attendance";
    }

    @GetMapping(path = "/coordinator/attendance", params = "format=csv")
    ResponseEntity<byte[]> downloadCsv(@AuthenticationPrincipal CurrentUser coordinator,
            @RequestParam(required = false) @Nullable String month, @RequestParam(required = false) @Nullable String form,
            Locale locale) {
        AttendanceList list = list(coordinator, month, form);
        return Downloads.file(Csv.of(sheet(list, words.in(locale)), locale), Downloads.CSV, fileName(list, "csv"));
    }

    @GetMapping(path = "/coordinator/attendance", params = "format=xlsx")
    ResponseEntity<byte[]> downloadXlsx(@AuthenticationPrincipal CurrentUser coordinator,
            @RequestParam(required = false) @Nullable String month, @RequestParam(required = false) @Nullable String form,
            Locale locale) {
        AttendanceList list = list(coordinator, month, form);
        return Downloads.file(Xlsx.of(sheet(list, words.in(locale))), Downloads.XLSX, fileName(list, "xlsx"));
    }

    private AttendanceList list(CurrentUser coordinator, @Nullable String month, @Nullable String form) {
        return lists.month(Months.parse(month, clock), formOf(form), coordinator);
    }

    /** The form asked for, when it is one with days of attendance; rehabilitative work activity otherwise. */
    private static EngagementForm formOf(@Nullable String form) {
        return AttendanceLists.forms().stream().filter(f -> f.name().equals(form)).findFirst()
                .orElse(EngagementForm.REHABILITATIVE_WORK_ACTIVITY);
    }

    private static DayRow day(AttendanceDay d, Words w) {
        return new DayRow(w.day(d.day()), w.quantity(d.hours()), d.counts(),
                d.warnings().stream().map(warning -> w.text("documents.attendance.warning." + warning.name())).toList());
    }

    /** One row per person and day, then the person's count of days. */
    private static Sheet sheet(AttendanceList list, Words w) {
        List<String> header = List.of("person", "day", "hours", "counts", "warnings").stream()
                .map(column -> w.text("documents.attendance.column." + column))
                .toList();
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (AttendanceList.Person p : list.people()) {
            for (AttendanceDay d : p.attendance().days()) {
                rows.add(Sheet.row(p.name(), d.day(), d.hours(), w.text(d.counts() ? "documents.attendance.yes"
                        : "documents.attendance.no"), d.warnings().stream()
                                .map(warning -> w.text("documents.attendance.warning." + warning.name()))
                                .collect(Collectors.joining("; "))));
            }
            rows.add(Sheet.row(p.name(), null, null, w.text("documents.attendance.days-counted",
                    p.attendance().countedDays()), null));
        }
        return new Sheet(list.month().toString(), header, rows);
    }

    private static String fileName(AttendanceList list, String extension) {
        return "valita-" + list.month() + "-" + (list.form() == EngagementForm.REHABILITATIVE_WORK_ACTIVITY
                ? "kuntouttava-tyotoiminta" : "tyotoiminta-27e") + "." + extension;
    }
}
