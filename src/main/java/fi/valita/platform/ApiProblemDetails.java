package fi.valita.platform;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem details, but only for REST controllers. Boot's own handler (which this one
 * replaces) answers every controller, so a browser asking for a missing page got JSON instead of
 * templates/error.html. API texts are English: a program reads them, and its developer.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemDetails extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemDetails.class);

    private final MessageSource messages;

    ApiProblemDetails(MessageSource messages) {
        this.messages = messages;
    }

    /** Lists each field at fault, with the same messages the forms show, in an {@code errors} property. */
    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = e.getBody();
        problem.setDetail("Some values are missing or not valid: see errors.");
        problem.setProperty("errors", fields(e.getBindingResult()));
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Your role may not do this."));
    }

    /** Anything unforeseen: a 500 problem that tells nothing of the inside. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> failed(Exception e) {
        log.error("API call failed", e);
        return ResponseEntity.internalServerError().body(ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong. Please try again."));
    }

    private List<ProblemField> fields(BindingResult result) {
        var fields = result.getFieldErrors().stream()
                .map(error -> new ProblemField(error.getField(), messages.getMessage(error, Locale.ENGLISH)));
        var global = result.getGlobalErrors().stream()
                .map(error -> new ProblemField("", messages.getMessage(error, Locale.ENGLISH)));
        return java.util.stream.Stream.concat(fields, global).toList();
    }
}
