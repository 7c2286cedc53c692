package fi.valita.platform;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * What a module adds to the pages' security chain (not the API's), e.g. the second sign-in step's
 * filter. Applied by {@code SecurityConfiguration} before its own rules.
 */
public interface PageSecurity {

    void addTo(HttpSecurity http) throws Exception;
}
