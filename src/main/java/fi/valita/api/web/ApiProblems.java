package fi.valita.api.web;

import fi.valita.api.ApiTokenNotFound;
import fi.valita.assignments.AssignmentNotFound;
import fi.valita.assignments.AssignmentRefused;
import fi.valita.assignments.OfferNotFound;
import fi.valita.assignments.OfferNotOpen;
import fi.valita.assignments.OffersRefused;
import fi.valita.experts.ExpertNotFound;
import fi.valita.requests.RequestNotFound;
import fi.valita.requests.RequestRefused;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The modules' refusals as RFC 9457 problem details, in English. Runs before the platform's
 * general handler ({@code platform/ApiProblemDetails}), which answers validation errors and
 * anything unforeseen.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    /** The field of a request an offer or assignment refusal is about, by message key. */
    private static final Map<String, String> FIELDS = Map.of(
            "assignments.error.no-experts", "expertIds",
            "assignments.error.not-in-pool", "expertIds",
            "assignments.error.volunteer-work-only", "expertIds",
            "assignments.error.respond-by-past", "respondBy",
            "assignments.error.respond-by-after-start", "respondBy",
            "assignments.error.reason-missing", "reason",
            "assignments.error.no-fitting-engagement-form", "expertIds",
            "assignments.error.engagement-form-does-not-fit", "engagementForms");

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({RequestNotFound.class, OfferNotFound.class, AssignmentNotFound.class, ExpertNotFound.class,
            ApiTokenNotFound.class, NoSuchResource.class})
    ResponseEntity<ProblemDetail> notFound() {
        return problem(HttpStatus.NOT_FOUND, "Nothing with this id, or nothing you may see.");
    }

    /** 404 that says why: work asked for within a window of days has a calendar file once its time is agreed. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> noAgreedTime(NoAgreedTime e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "The day and time of this assignment "
                + "are not agreed yet, so it has no calendar file. The expert and the requester agree them on the "
                + "assignment's page in Välitä.");
        problem.setProperty("reason", "no_agreed_time");
        return respond(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(RequestRefused e) {
        return refused(e.field(), english(e.messageKey()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(OffersRefused e) {
        return refused(FIELDS.get(e.messageKey()), english(e.messageKey()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(AssignmentRefused e) {
        return refused(FIELDS.get(e.messageKey()), english(e.messageKey()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(CallRefused e) {
        return refused(e.field(), String.valueOf(e.getMessage()));
    }

    /** 409: the offer was open once, but no longer; {@code reason} tells why (filled, expired, clashes, closed). */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> notOpen(OfferNotOpen e) {
        String reason = e.reason().name().toLowerCase(Locale.ROOT);
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, switch (e.reason()) {
            case FILLED -> "The request already has all the experts it needs.";
            case EXPIRED -> "The time to answer this offer has passed.";
            case CLASHES -> "You already have an assignment at that time.";
            case CLOSED -> "This offer is closed: it was answered already or the request was called off.";
        });
        problem.setProperty("reason", reason);
        return respond(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalid(InvalidInput e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Some values are missing or not valid: see errors.");
        problem.setProperty("errors", e.fields());
        return respond(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> secondFactorNeeded(SecondFactorNeeded e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, e.detail());
        problem.setProperty("field", "oneTimeCode");
        return respond(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> signInRefused(SignInRefused e) {
        return problem(HttpStatus.UNAUTHORIZED, e.locked()
                ? "Too many failed sign-ins for this account. Try again later."
                : "Wrong e-mail address or password.");
    }

    private ResponseEntity<ProblemDetail> refused(@Nullable String field, String message) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, message);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return respond(problem);
    }

    private String english(String key) {
        return messages.getMessage(key, null, key, Locale.ENGLISH);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return respond(ProblemDetail.forStatusAndDetail(status, detail));
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
