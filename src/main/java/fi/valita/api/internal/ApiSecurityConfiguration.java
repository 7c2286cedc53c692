package fi.valita.api.internal;

import fi.valita.api.ApiTokens;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's own filter chain, taking {@code /api/**} before the pages' chain
 * ({@code platform/SecurityConfiguration}) sees it. Deny unless allowed, like the pages. It is
 * stateless and signs in only by bearer token: a browser's session cookie never authenticates an
 * API call, which is why CSRF protection can be off here and only here.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, JsonMapper json) throws Exception {
        var problems = new SecurityProblems(json);
        http.securityMatcher("/api/**", "/v3/api-docs", "/v3/api-docs/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/tokens").permitAll()
                        .requestMatchers("/api/v1/auth/tokens", "/api/v1/auth/tokens/*").authenticated()
                        .requestMatchers("/api/v1/requests/*/candidates", "/api/v1/requests/*/offers")
                                .hasRole("COORDINATOR")
                        .requestMatchers("/api/v1/requests", "/api/v1/requests/*").hasAnyRole("REQUESTER", "COORDINATOR")
                        .requestMatchers(HttpMethod.GET, "/api/v1/experts", "/api/v1/experts/*").hasRole("COORDINATOR")
                        .requestMatchers("/api/v1/offers", "/api/v1/offers/**").hasRole("EXPERT")
                        .requestMatchers("/api/v1/assignments/**").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/v1/fee-lines").hasAnyRole("COORDINATOR", "EXPERT")
                        .requestMatchers(HttpMethod.POST, "/api/v1/fee-lines/*/approval").hasRole("COORDINATOR")
                        .requestMatchers("/api/v1/payroll-exports").hasRole("COORDINATOR")
                        .requestMatchers("/api/v1/me/earnings").hasRole("EXPERT")
                        .anyRequest().denyAll())
                .addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(problems::unauthenticated)
                        .accessDeniedHandler(problems::forbidden))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }
}
