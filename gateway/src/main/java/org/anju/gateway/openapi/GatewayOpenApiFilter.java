package org.anju.gateway.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.anju.common.openapi.AnjuOpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The gateway's document: everything the shared filter does, then the bearer JWT scheme in place of the temporary
 * header scheme, and the 401/403 problem answers on every operation that needs a token.
 */
public class GatewayOpenApiFilter implements OASFilter {

    public static final String SCHEME = "bearerJwt";
    private static final String PROBLEM = "#/components/schemas/Problem";

    private final AnjuOpenApiFilter shared = new AnjuOpenApiFilter();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        shared.filterOpenAPI(openAPI);
        openAPI.getComponents().removeSecurityScheme(AnjuOpenApiFilter.SCHEME);
        openAPI.getComponents().addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .bearerFormat("JWT")
                .description("RS256 access token from POST /api/v1/auth/login (people) or POST /api/v1/auth/token "
                        + "(bureau systems, client credentials). Claims: sub, upn, groups (roles), county, "
                        + "townships. 访问令牌。"));
        openAPI.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME)));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                Operation operation = entry.getValue();
                boolean isPublic = operation.getSecurity() != null && operation.getSecurity().isEmpty();
                if (operation.getResponses() != null) {
                    // smallrye copies a method's @Extension onto its responses too; the marker belongs nowhere there
                    operation.getResponses().removeExtension(AnjuOpenApiFilter.PUBLIC);
                }
                if (!isPublic) {
                    operation.setSecurity(bearer(operation.getSecurity()));
                    secure(operation.getResponses(), needsRole(operation));
                }
            }
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
        MediaType media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM));
        Content content = OASFactory.createContent().addMediaType("application/problem+json", media);
        return OASFactory.createAPIResponse().description(description).content(content);
    }
}
