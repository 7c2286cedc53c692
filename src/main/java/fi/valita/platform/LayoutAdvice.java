package fi.valita.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What every page's layout needs: links to the same page in each language. */
@ControllerAdvice
class LayoutAdvice {

    @ModelAttribute("languageLinks")
    Map<String, String> languageLinks() {
        Map<String, String> links = new LinkedHashMap<>();
        for (var locale : LocaleConfiguration.SUPPORTED) {
            var uri = ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("lang", locale.getLanguage())
                    .build();
            links.put(locale.getLanguage(), uri.getPath() + "?" + uri.getQuery());
        }
        return links;
    }
}
