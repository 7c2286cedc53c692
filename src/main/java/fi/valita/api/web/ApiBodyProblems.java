package fi.valita.api.web;

import fi.valita.platform.ProblemField;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Bodies the API cannot take, as 400 problems that name each field at fault in {@code errors}: a required
 * field left out or null, a value that breaks a rule, or a value of the wrong type (in a query parameter
 * too). A body that is not JSON at all says so. Answers before the platform's general handler, which
 * knows only the forms' messages.
 */
@RestControllerAdvice(basePackageClasses = ApiBodyProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class ApiBodyProblems {

    /** Constraints that a left-out (null) value breaks because the field is required. */
    private static final Set<String> PRESENCE = Set.of("NotNull", "NotBlank", "NotEmpty");

    private final MessageSource messages;

    ApiBodyProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return UnreadableBody.field(e)
                .map(field -> invalid(List.of(field)))
                .orElseGet(() -> respond(
                        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, UnreadableBody.detail(e))));
    }

    /** A query parameter or path value of the wrong type, e.g. {@code limit=ten} or an unknown enum value. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> wrongType(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        if (type != null && Collection.class.isAssignableFrom(type)) {
            type = e.getParameter().nested().getNestedParameterType(); // a list's values, e.g. status=NEW,DONE
        }
        return invalid(List.of(new ProblemField(e.getName(),
                type == null ? "Not a value of the right type." : UnreadableBody.expected(type))));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notValid(MethodArgumentNotValidException e) {
        var fields = e.getBindingResult().getFieldErrors().stream().map(this::field);
        var global = e.getBindingResult().getGlobalErrors().stream()
                .map(error -> new ProblemField("", messages.getMessage(error, Locale.ENGLISH)));
        return invalid(Stream.concat(fields, global).toList());
    }

    private ProblemField field(FieldError error) {
        boolean missing = error.getRejectedValue() == null && PRESENCE.contains(error.getCode());
        return new ProblemField(error.getField(),
                missing ? UnreadableBody.REQUIRED : messages.getMessage(error, Locale.ENGLISH));
    }

    private static ResponseEntity<ProblemDetail> invalid(List<ProblemField> fields) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Some values are missing or not valid: see errors.");
        problem.setProperty("errors", fields);
        return respond(problem);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
