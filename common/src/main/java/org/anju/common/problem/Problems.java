package org.anju.common.problem;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

/** Builds problem+json responses; the single place where a {@link Problem} turns into HTTP. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static Response response(int status, String slug, String titleZh, String titleEn, String detail,
            String instance, List<FieldViolation> errors, String correlationId, Map<String, Object> extensions) {
        Problem body = new Problem(ProblemTypes.uri(slug), titleZh + " / " + titleEn, status, detail, instance,
                titleZh, titleEn, errors, correlationId, extensions);
        return Response.status(status).type(MEDIA_TYPE).entity(body).build();
    }

    public static Response of(ProblemException e, String instance) {
        return response(e.status(), e.type(), e.titleZh(), e.titleEn(), e.getMessage(), instance, e.errors(), null,
                e.extensions());
    }
}
