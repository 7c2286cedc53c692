package fi.valita.api.web;

import fi.valita.fees.FeeLineNotFound;
import fi.valita.fees.FeeLineRefused;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The fees module's refusals as problem details: a line the caller may not see is 404, a line whose
 * state does not allow the step is 409 with a {@code reason} (not_draft, declined, changed, exported, and
 * agreement_not_accepted for a line held until the expert accepts the assignment agreement).
 * Runs after {@link ApiProblems} and before the platform's catch-all handler.
 */
@RestControllerAdvice(basePackageClasses = ApiFeeProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ApiFeeProblems {

    private static final Map<String, String> REASONS = Map.of(
            "fees.line.notDraft", "not_draft",
            "fees.line.declined", "declined",
            "fees.line.changedMeanwhile", "changed",
            "fees.line.alreadyExported", "exported",
            "fees.line.held.AGREEMENT_NOT_ACCEPTED", "agreement_not_accepted");

    private final MessageSource messages;

    ApiFeeProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(FeeLineNotFound e) {
        return respond(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Nothing with this id, or nothing you may see."));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(FeeLineRefused e) {
        String reason = REASONS.get(e.messageKey());
        if (reason == null) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, english(e.messageKey()));
            return respond(problem);
        }
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, english(e.messageKey()));
        problem.setProperty("reason", reason);
        return respond(problem);
    }

    private String english(String key) {
        return messages.getMessage(key, null, key, Locale.ENGLISH);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
