package fi.valita.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/** What every page's layout needs: links to the same page in each language. */
@ControllerAdvice
class LayoutAdvice {

    @ModelAttribute("languageLinks")
    Map<String, String> languageLinks(HttpServletRequest request) {
        Map<String, String> links = new LinkedHashMap<>();
        for (var locale : LocaleConfiguration.SUPPORTED) {
            var uri = currentPage(request)
                    .replaceQueryParam("lang", locale.getLanguage())
                    .build();
            links.put(locale.getLanguage(), uri.getPath() + "?" + uri.getQuery());
        }
        return links;
    }

    /** The page the user asked for: on the error page, the page that failed rather than /error. */
    private static UriComponentsBuilder currentPage(HttpServletRequest request) {
        var builder = ServletUriComponentsBuilder.fromRequest(request);
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failedPath) {
            builder.replacePath(failedPath).replaceQuery(null);
        }
        return builder;
    }
}
