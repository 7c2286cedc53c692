package fi.valita.api.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 answers of the API's security filters as RFC 9457 problem details. These are
 * written before any controller runs, so the controller advice cannot make them.
 */
class SecurityProblems {

    private final JsonMapper json;

    SecurityProblems(JsonMapper json) {
        this.json = json;
    }

    void unauthenticated(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        boolean invalid = request.getAttribute(BearerTokenFilter.INVALID_TOKEN) != null;
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, invalid ? "Bearer error=\"invalid_token\"" : "Bearer");
        write(request, response, HttpStatus.UNAUTHORIZED, invalid
                ? "The bearer token is unknown, revoked or expired."
                : "Send a bearer token: Authorization: Bearer <token> (POST /api/v1/auth/tokens makes one).");
    }

    void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "Your role may not do this.");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
