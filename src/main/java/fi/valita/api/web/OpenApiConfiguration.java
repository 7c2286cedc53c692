package fi.valita.api.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at /v3/api-docs: every call takes a bearer token unless it says
 * otherwise, and every error is a problem detail.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";

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
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .description("A token from POST /api/v1/auth/tokens, sent as Authorization: Bearer <token>"))
                        .addSchemas(PROBLEM, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** Each call's other answers: 400 with errors, 401, 403, 404, 409 with reason, 422 with field. */
    @Bean
    OpenApiCustomizer problemResponses() {
        var problem = new ApiResponse()
                .description("An RFC 9457 problem: 400 (see errors), 401, 403, 404, 409 (see reason) or 422 (see field)")
                .content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
        return api -> api.getPaths().values().forEach(path -> path.readOperations()
                .forEach(operation -> operation.getResponses().addApiResponse("default", problem)));
    }

    private static Schema<?> problemSchema() {
        var field = new ObjectSchema()
                .addProperty("field", new StringSchema())
                .addProperty("message", new StringSchema());
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema())
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("errors", new ArraySchema().items(field).description("400: each field at fault"))
                .addProperty("field", new StringSchema().description("422: the field the refused rule is about"))
                .addProperty("reason", new StringSchema()
                        .description("409 when accepting an offer: filled, expired, clashes or closed; when approving "
                                + "a fee line: not_draft, declined, changed or exported"));
    }
}
