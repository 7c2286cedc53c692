package fi.valita.platform;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Finnish, Swedish and English. The first visit follows the browser's languages; a choice made
 * with the language switch ({@code ?lang=sv}) is kept in a cookie.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.of("fi"), Locale.of("sv"), Locale.of("en"));

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("valita-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> browserLanguage(request.getHeader("Accept-Language")));
        return resolver;
    }

    /** The first supported language the browser asks for; Finnish if none, or if the header is malformed. */
    static Locale browserLanguage(@Nullable String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return SUPPORTED.getFirst();
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return match != null ? match : SUPPORTED.getFirst();
        } catch (IllegalArgumentException malformed) {
            return SUPPORTED.getFirst();
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var interceptor = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String value) {
                return SUPPORTED.stream()
                        .filter(l -> l.getLanguage().equals(value))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("Unsupported language"));
            }
        };
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
