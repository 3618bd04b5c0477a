package org.anju.common.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Completes every service's OpenAPI document the same way: the problem+json answers every operation can give
 * (400 when it takes input, 500 always), the security scheme, and no security on operations marked public.
 */
public class AnjuOpenApiFilter implements OASFilter {

    /** Put {@code @Extension(name = AnjuOpenApiFilter.PUBLIC, value = "true")} on an operation anyone may call. */
    public static final String PUBLIC = "x-anju-public";
    public static final String SCHEME = "bearerJwt";
    private static final String PROBLEM = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .bearerFormat("JWT")
                .description("RS256 JWT from the gateway's /api/v1/auth/login or /api/v1/auth/token (or the "
                        + "county's OIDC provider): claims groups (roles), county, townships. 访问令牌。"));
        openAPI.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME)));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                complete(entry.getValue(), item);
            }
        }
    }

    private static void complete(Operation operation, PathItem item) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty())
                || (item.getParameters() != null && !item.getParameters().isEmpty());
        if (takesInput && !responses.hasAPIResponse("400")) {
            responses.addAPIResponse("400", problem("Malformed or invalid input: problem+json naming each field "
                    + "and rule. 请求无效。"));
        }
        if (!responses.hasAPIResponse("500")) {
            responses.addAPIResponse("500", problem("Unexpected failure: problem+json with a correlation id. "
                    + "服务器内部错误。"));
        }
        Map<String, Object> extensions = operation.getExtensions();
        if (extensions != null && extensions.containsKey(PUBLIC)) {
            operation.removeExtension(PUBLIC);
            operation.setSecurity(List.<SecurityRequirement> of());
        }
    }

    private static APIResponse problem(String description) {
        Schema schema = OASFactory.createSchema().ref(PROBLEM);
        MediaType media = OASFactory.createMediaType().schema(schema);
        Content content = OASFactory.createContent().addMediaType("application/problem+json", media);
        return OASFactory.createAPIResponse().description(description).content(content);
    }
}
