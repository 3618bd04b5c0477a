package org.anju.common.openapi;

import java.util.ArrayList;
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
 * (400 when it takes input, 401/403 when it needs a token, 500 always), the bearer JWT scheme with the roles an
 * operation names, and no security on operations marked public.
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
                .description("RS256 access token from the gateway's POST /api/v1/auth/login (people) or POST "
                        + "/api/v1/auth/token (bureau systems, client credentials), or from the county's OIDC provider. "
                        + "Claims: sub, upn, groups (roles), county, townships; audience anju. 访问令牌。"));
        openAPI.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME)));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                Operation operation = entry.getValue();
                complete(operation, item);
                boolean isPublic = operation.getSecurity() != null && operation.getSecurity().isEmpty();
                if (!isPublic) {
                    operation.setSecurity(bearer(operation.getSecurity()));
                    secure(operation.getResponses(), needsRole(operation));
                }
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
        // smallrye copies a method's @Extension onto its responses too; the marker belongs nowhere there
        responses.removeExtension(PUBLIC);
        Map<String, Object> extensions = operation.getExtensions();
        if (extensions != null && extensions.containsKey(PUBLIC)) {
            operation.removeExtension(PUBLIC);
            operation.setSecurity(List.<SecurityRequirement> of());
        }
    }

    /**
     * Quarkus names the roles of {@code @RolesAllowed} under its own scheme name; keep the roles (OpenAPI 3.1 lets a
     * non-OAuth requirement list the roles it needs) under the bearer scheme that is actually declared.
     */
    private static List<SecurityRequirement> bearer(List<SecurityRequirement> requirements) {
        if (requirements == null) {
            return null;
        }
        List<String> roles = new ArrayList<>();
        for (SecurityRequirement requirement : requirements) {
            requirement.getSchemes().values().forEach(scopes -> {
                if (scopes != null) {
                    scopes.stream().filter(r -> !roles.contains(r)).forEach(roles::add);
                }
            });
        }
        return List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME, roles));
    }

    private static boolean needsRole(Operation operation) {
        return operation.getSecurity() == null || operation.getSecurity().stream()
                .anyMatch(r -> r.getSchemes().values().stream().anyMatch(s -> s != null && !s.isEmpty()));
    }

    private static void secure(APIResponses responses, boolean needsRole) {
        if (!responses.hasAPIResponse("401")) {
            responses.addAPIResponse("401", problem("No token, or an expired, malformed or foreign one "
                    + "(unauthorized, token-expired, invalid-token). 未登录或令牌无效。"));
        }
        if (needsRole && !responses.hasAPIResponse("403")) {
            responses.addAPIResponse("403", problem("Your role may not call this operation (forbidden). 无权操作。"));
        }
    }

    private static APIResponse problem(String description) {
        Schema schema = OASFactory.createSchema().ref(PROBLEM);
        MediaType media = OASFactory.createMediaType().schema(schema);
        Content content = OASFactory.createContent().addMediaType("application/problem+json", media);
        return OASFactory.createAPIResponse().description(description).content(content);
    }
}
