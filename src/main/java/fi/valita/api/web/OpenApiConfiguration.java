package fi.valita.api.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at /v3/api-docs: every call takes a bearer token unless it says otherwise. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearer";

    @Bean
    OpenAPI valitaApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Välitä API")
                        .version("v1")
                        .description("Work requests, candidates, offers and assignments, with the same rules and "
                                + "organisation boundaries as the pages. Errors are RFC 9457 problem details. Times are "
                                + "ISO-8601 with an offset; ids are opaque strings.")
                        .license(new License().name("EUPL-1.2")))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("A token from POST /api/v1/auth/tokens, sent as Authorization: Bearer <token>")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
