package fi.valita.platform;

import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.SessionManagementConfigurer;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Deny unless allowed: every path is listed here with the roles that may use it; anything
 * else is refused. Which organisation's data a user may see is checked again in each module.
 * The JSON API ({@code /api/**}, {@code /v3/api-docs}) has its own stateless, bearer-token chain,
 * ordered before this one: {@code fi.valita.api.internal.ApiSecurityConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain web(HttpSecurity http, AuthenticationManager authenticationManager, SessionRegistry sessionRegistry,
            List<PageSecurity> additions) throws Exception {
        for (PageSecurity addition : additions) {
            addition.addTo(http);
        }
        var failureHandler = new ExceptionMappingAuthenticationFailureHandler();
        failureHandler.setDefaultFailureUrl("/login?error");
        failureHandler.setExceptionMappings(Map.of(LoginLockedOut.class.getName(), "/login?locked"));

        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/css/**", "/js/**", "/img/**", "/vendor/**", "/webjars/**", "/favicon.ico").permitAll()
                        .requestMatchers("/login", "/invitations/**", "/privacy", "/error").permitAll()
                        .requestMatchers("/password-reset", "/password-reset/**", "/email-change/**").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/admin/**", "/actuator/**").hasRole("ADMIN")
                        .requestMatchers("/coordinator/**", "/experts/**").hasRole("COORDINATOR")
                        .requestMatchers("/login/second-factor", "/login/second-factor/**").authenticated()
                        .requestMatchers("/me/account", "/me/account/**").authenticated()
                        .requestMatchers("/me/**").hasRole("EXPERT")
                        .requestMatchers("/pool/**", "/requests/**").hasAnyRole("REQUESTER", "COORDINATOR")
                        .requestMatchers("/offers/**").hasRole("EXPERT")
                        .requestMatchers("/assignments/**", "/notifications/**").authenticated()
                        .requestMatchers("/").authenticated()
                        .anyRequest().denyAll())
                .formLogin(form -> form.loginPage("/login").failureHandler(failureHandler).defaultSuccessUrl("/", true))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .sessionManagement(session -> registerSessions(session, sessionRegistry))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")));
        return http.build();
    }

    /**
     * Every signed-in session is registered (no limit on how many), so that a changed or reset password
     * can end the person's other sessions: an ended session's next request is signed out.
     */
    private static void registerSessions(
            SessionManagementConfigurer<HttpSecurity> session, SessionRegistry sessionRegistry) {
        session.maximumSessions(-1).sessionRegistry(sessionRegistry).expiredUrl("/login?ended");
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session times out or signs out, so it forgets it. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    AuthenticationManager authenticationManager(
            UserDetailsService users, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        var dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(dao, throttle));
    }

    /** Argon2id for new hashes; bcrypt is still read so that a migrated hash keeps working. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(
                "argon2",
                Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
    }

    /** An admin can do everything a coordinator can in their own organisation. */
    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_COORDINATOR");
    }
}
