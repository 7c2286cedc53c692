package fi.valita.api.web;

import fi.valita.platform.ProblemField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Why a body could not be read, in words for the caller's developer: the field whose value has the wrong
 * type, or that the body is not JSON or not an object. Never the parser's own message, which names
 * the server's classes.
 */
final class UnreadableBody {

    static final String REQUIRED = "Required: give a value.";

    private UnreadableBody() {}

    /** The field at fault, if the body is JSON and one of its values could not be read. */
    static Optional<ProblemField> field(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof DatabindException d && !d.getPath().isEmpty()) {
            return Optional.of(new ProblemField(path(d), expected(d)));
        }
        return Optional.empty();
    }

    /** What is wrong with the body as a whole, when no one field is at fault. */
    static String detail(HttpMessageNotReadableException e) {
        return switch (e.getCause()) {
            case StreamReadException syntax -> "The body is not valid JSON" + where(syntax) + ".";
            case MismatchedInputException notAnObject -> "The body must be a JSON object with the fields of the call.";
            case null -> "The call needs a JSON body.";
            default -> "The body could not be read as JSON.";
        };
    }

    private static String where(StreamReadException e) {
        var at = e.getLocation();
        return at == null || at.getLineNr() < 1 ? "" : " (line %d, column %d)".formatted(at.getLineNr(), at.getColumnNr());
    }

    /** E.g. {@code travelKm}, {@code expertIds[1]}. */
    private static String path(JacksonException e) {
        var field = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String expected(DatabindException e) {
        if (e instanceof InvalidNullException
                || e instanceof MismatchedInputException m && m.getCurrentToken() == JsonToken.VALUE_NULL) {
            return REQUIRED;
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return expected(m.getTargetType());
        }
        return "Not a value of the right type.";
    }

    static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "Must be one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", ")) + ".";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "Must be a whole number.";
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class) {
            return "Must be a number.";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "Must be true or false.";
        }
        if (type == OffsetDateTime.class) {
            return "Must be a time with its offset, e.g. 2026-06-30T10:15:00+03:00.";
        }
        if (type == LocalDate.class) {
            return "Must be a date, e.g. 2026-06-30.";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "Must be a list.";
        }
        return type == String.class ? "Must be text." : "Must be an object.";
    }
}
