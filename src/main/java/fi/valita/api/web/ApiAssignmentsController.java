package fi.valita.api.web;

import fi.valita.assignments.AssignmentDetails;
import fi.valita.assignments.Assignments;
import fi.valita.identity.CurrentUser;
import fi.valita.notifications.CalendarFiles;
import fi.valita.requests.WorkRequest;
import fi.valita.shared.Municipalities;
import fi.valita.shared.Municipality;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Assignments for their expert, the requester organisation and the pool's coordinators; anyone else gets 404. */
@RestController
@RequestMapping(value = "/api/v1/assignments", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Assignments", description = "Agreed work")
class ApiAssignmentsController {

    private final Assignments assignments;
    private final CalendarFiles calendarFiles;
    private final Municipalities municipalities;
    private final String baseUrl;

    ApiAssignmentsController(Assignments assignments, CalendarFiles calendarFiles, Municipalities municipalities,
            @Value("${valita.base-url}") String baseUrl) {
        this.assignments = assignments;
        this.calendarFiles = calendarFiles;
        this.municipalities = municipalities;
        this.baseUrl = baseUrl;
    }

    @Schema(name = "Cancellation")
    record CancelJson(@Nullable @NotBlank @Size(max = 500) String reason) {}

    @GetMapping
    @Operation(summary = "Your assignments (expert), your organisation's (requester) or your pool's (coordinator)")
    List<AssignmentJson> listAssignments(@AuthenticationPrincipal CurrentUser user) {
        return assignments.mine(user).stream().map(AssignmentJson::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One assignment")
    AssignmentJson getAssignment(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return AssignmentJson.of(assignments.get(OpaqueIds.inPath(id, "assignment"), user));
    }

    @GetMapping(value = "/{id}/calendar.ics", produces = "text/calendar")
    @Operation(summary = "The assignment as an iCalendar event (404 with reason no_agreed_time while the day and "
            + "time of work asked for within a window of days are not agreed)")
    ResponseEntity<byte[]> calendarFile(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        AssignmentDetails d = assignments.get(OpaqueIds.inPath(id, "assignment"), user);
        var a = d.assignment();
        if (a.startsAt() == null || a.endsAt() == null) {
            throw new NoAgreedTime();
        }
        byte[] ics = calendarFiles.event("assignment-" + a.id() + "@valita", d.request().title(), a.startsAt(),
                a.endsAt(), place(d.request()), baseUrl + "/assignments/" + a.id());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(CalendarFiles.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("valita-" + a.id() + ".ics").build().toString())
                .body(ics);
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Call the assignment off, with a reason; a filled request goes back to matching")
    AssignmentJson cancelAssignment(
            @AuthenticationPrincipal CurrentUser user, @PathVariable String id, @Valid @RequestBody CancelJson body) {
        UUID assignmentId = OpaqueIds.inPath(id, "assignment");
        assignments.cancel(assignmentId, String.valueOf(body.reason()), user);
        return AssignmentJson.of(assignments.get(assignmentId, user));
    }

    private String place(WorkRequest r) {
        if (r.remote()) {
            return r.remoteLink() != null ? "Remote: " + r.remoteLink() : "Remote";
        }
        String town = r.municipalityCode() == null ? ""
                : municipalities.byCode(r.municipalityCode()).map(Municipality::nameFi).orElse("");
        return r.address() == null ? town : town + ", " + r.address();
    }
}
