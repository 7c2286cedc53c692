package fi.valita.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a NUL character ({@code U+0000}) in any query or form parameter, and in any text of a JSON body,
 * with a 400 that names the field: PostgreSQL cannot store it, and without this it failed deep inside with a
 * 500 and a stack trace. Runs before the security filters, so the sign-in form and the token endpoint are
 * covered too. The API gets an RFC 9457 problem with the field in {@code errors}; a page gets the error page,
 * which names the field ({@link #FIELD}).
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1)
class NulCharacterFilter extends OncePerRequestFilter {

    /** The request attribute the error page reads the field's name from. */
    static final String FIELD = "nulField";

    static final String MESSAGE = "Must not contain the NUL character (\\u0000).";

    private final JsonMapper json;

    NulCharacterFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> field = parameterWithNul(request);
        HttpServletRequest next = request;
        if (field.isEmpty() && isJson(request)) {
            byte[] body = request.getInputStream().readAllBytes();
            next = new CachedBody(request, body);
            field = jsonFieldWithNul(body);
        }
        if (field.isEmpty()) {
            chain.doFilter(next, response);
        } else if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            problem(request, response, field.get());
        } else {
            request.setAttribute(FIELD, field.get());
            response.sendError(HttpStatus.BAD_REQUEST.value());
        }
    }

    private static Optional<String> parameterWithNul(HttpServletRequest request) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (hasNul(parameter.getKey())) {
                return Optional.of(parameter.getKey().replace('\0', '?'));
            }
            for (String value : parameter.getValue()) {
                if (value != null && hasNul(value)) {
                    return Optional.of(parameter.getKey());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isJson(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && MediaType.parseMediaType(type).isCompatibleWith(MediaType.APPLICATION_JSON)
                || type != null && type.toLowerCase(java.util.Locale.ROOT).contains("+json");
    }

    /** The path of the first text (or property name) with a NUL, e.g. {@code title} or {@code areas[1]}. */
    private Optional<String> jsonFieldWithNul(byte[] body) {
        if (body.length == 0) {
            return Optional.empty();
        }
        try {
            return find(json.readTree(body), "");
        } catch (JacksonException notJson) {
            return Optional.empty(); // the controller answers that it is not JSON
        }
    }

    private static Optional<String> find(JsonNode node, String path) {
        if (node.isString()) {
            return hasNul(node.asString()) ? Optional.of(path) : Optional.empty();
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<String> found = find(node.get(i), path + "[" + i + "]");
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                String name = property.getKey();
                String at = path.isEmpty() ? name.replace('\0', '?') : path + "." + name.replace('\0', '?');
                if (hasNul(name)) {
                    return Optional.of(at);
                }
                Optional<String> found = find(property.getValue(), at);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private void problem(HttpServletRequest request, HttpServletResponse response, String field) throws IOException {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "about:blank");
        problem.put("title", HttpStatus.BAD_REQUEST.getReasonPhrase());
        problem.put("status", HttpStatus.BAD_REQUEST.value());
        problem.put("detail", "Some values are missing or not valid: see errors.");
        problem.put("instance", request.getRequestURI());
        problem.put("errors", List.of(new ProblemField(field, MESSAGE)));
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    private static boolean hasNul(String text) {
        return text.indexOf('\0') >= 0;
    }

    /** The request with its body read once, for the JSON check, and given again to whoever reads it next. */
    private static final class CachedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("Synchronous reading only");
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    getCharacterEncoding() == null ? java.nio.charset.StandardCharsets.UTF_8
                            : java.nio.charset.Charset.forName(getCharacterEncoding())));
        }
    }
}
