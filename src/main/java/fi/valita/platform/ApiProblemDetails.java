package fi.valita.platform;

import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem details, but only for REST controllers. Boot's own handler (which this one
 * replaces) answers every controller, so a browser asking for a missing page got JSON instead of
 * templates/error.html.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemDetails extends ResponseEntityExceptionHandler {}
