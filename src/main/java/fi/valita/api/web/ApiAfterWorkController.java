package fi.valita.api.web;

import fi.valita.assignments.AfterWork;
import fi.valita.assignments.Feedback;
import fi.valita.assignments.FeedbackView;
import fi.valita.assignments.Feedbacks;
import fi.valita.assignments.WorkDone;
import fi.valita.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** After the work: the expert reports it, the requester side confirms it, both give feedback. */
@RestController
@RequestMapping(value = "/api/v1/assignments", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Assignments", description = "Agreed work")
class ApiAfterWorkController {

    private final AfterWork afterWork;
    private final Feedbacks feedbacks;

    ApiAfterWorkController(AfterWork afterWork, Feedbacks feedbacks) {
        this.afterWork = afterWork;
        this.feedbacks = feedbacks;
    }

    @Schema(name = "Completion")
    record CompletionJson(
            @Schema(description = "Hours worked, to the hundredth")
            @NotNull @DecimalMin(value = "0.01") @DecimalMax("999.99") BigDecimal hours,
            @Schema(description = "Kilometres travelled for the work; 0 when left out")
            @Nullable @Min(0) @Max(5000) Integer travelKm,
            @Schema(description = "Tickets and other travel costs in cents; none when left out")
            @Nullable @Min(0) @Max(1_000_000) Long travelCostsCents,
            @Schema(description = "Whether the expert wants to talk the work over with a coordinator; false when left out")
            @Nullable Boolean debriefWanted) {

        int kilometres() {
            return travelKm == null ? 0 : travelKm;
        }

        boolean wantsDebrief() {
            return Boolean.TRUE.equals(debriefWanted);
        }
    }

    @Schema(name = "WorkDone")
    record WorkDoneJson(
            String assignmentId, BigDecimal hours, int travelKm, @Nullable Long travelCostsCents, boolean debriefWanted,
            OffsetDateTime completedAt, @Nullable OffsetDateTime confirmedAt) {

        static WorkDoneJson of(WorkDone w) {
            return new WorkDoneJson(w.assignmentId().toString(), w.hours(), w.travelKm(), w.travelCostsCents(),
                    w.debriefWanted(), ApiTimes.at(w.completedAt()),
                    ApiTimes.of(w.confirmedAt()));
        }
    }

    @Schema(name = "NewFeedback")
    record NewFeedbackJson(
            @Schema(description = "1 (poor) to 5 (excellent)") @NotNull @Min(1) @Max(5) Integer rating,
            @Schema(description = "Free text; none when left out") @Nullable @Size(max = Feedback.MAX_COMMENT) String comment) {}

    @Schema(name = "Feedback")
    record FeedbackJson(String from, int rating, @Nullable String comment, OffsetDateTime givenAt) {

        static @Nullable FeedbackJson of(@Nullable Feedback f) {
            return f == null ? null : new FeedbackJson(f.from().name(), f.rating(), f.comment(), ApiTimes.at(f.givenAt()));
        }
    }

    @Schema(name = "Feedbacks", description = "The other side's feedback shows only after giving one's own, or 14 days after the work was reported")
    record FeedbacksJson(@Nullable String yourSide, @Nullable FeedbackJson fromExpert, @Nullable FeedbackJson fromRequester,
            boolean mayGive) {

        static FeedbacksJson of(FeedbackView v) {
            return new FeedbacksJson(v.side() == null ? null : v.side().name(), FeedbackJson.of(v.fromExpert()),
                    FeedbackJson.of(v.fromRequester()), v.mayGive());
        }
    }

    @PostMapping("/{id}/completion")
    @Operation(summary = "The expert reports the work done: hours, travel, and whether they want a debrief",
            description = "422 while fee-based work's assignment agreement is not accepted as it reads now: the "
                    + "expert accepts it in Välitä first.")
    WorkDoneJson complete(
            @AuthenticationPrincipal CurrentUser user, @PathVariable String id, @Valid @RequestBody CompletionJson body) {
        return WorkDoneJson.of(afterWork.complete(OpaqueIds.inPath(id, "assignment"), body.hours(), body.kilometres(),
                body.travelCostsCents(), body.wantsDebrief(), user));
    }

    @PostMapping("/{id}/confirmation")
    @Operation(summary = "The requester organisation (or the pool's coordinator) confirms the reported work")
    WorkDoneJson confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return WorkDoneJson.of(afterWork.confirm(OpaqueIds.inPath(id, "assignment"), user));
    }

    @PostMapping("/{id}/feedback")
    @Operation(summary = "Feedback from the expert's or the requester's side: 1–5 and a comment, once per side")
    FeedbacksJson giveFeedback(
            @AuthenticationPrincipal CurrentUser user, @PathVariable String id, @Valid @RequestBody NewFeedbackJson body) {
        var assignmentId = OpaqueIds.inPath(id, "assignment");
        feedbacks.giveFeedback(assignmentId, body.rating(), body.comment(), user);
        return FeedbacksJson.of(feedbacks.feedbackOf(assignmentId, user));
    }

    @GetMapping("/{id}/feedback")
    @Operation(summary = "The feedback the caller may see")
    FeedbacksJson feedback(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return FeedbacksJson.of(feedbacks.feedbackOf(OpaqueIds.inPath(id, "assignment"), user));
    }
}
