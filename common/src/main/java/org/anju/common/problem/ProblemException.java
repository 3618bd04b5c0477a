package org.anju.common.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A refusal that becomes a problem+json answer: unknown record, broken rule, conflicting state, stale version.
 * Services throw it (or one of the factory results) and {@link ProblemExceptionMapper} writes it.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String titleZh;
    private final String titleEn;
    private final List<FieldViolation> errors;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public ProblemException(int status, String slug, String titleZh, String titleEn, String detail,
            List<FieldViolation> errors) {
        super(detail == null ? titleEn : detail);
        this.status = status;
        this.type = ProblemTypes.uri(slug);
        this.titleZh = titleZh;
        this.titleEn = titleEn;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public ProblemException(int status, String slug, String titleZh, String titleEn, String detail) {
        this(status, slug, titleZh, titleEn, detail, List.of());
    }

    /** 404: the record does not exist (or, for a caller outside its scope, must not be revealed). */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "记录不存在", "Not found",
                what + " " + id + " does not exist").zh("未找到编号为 " + id + " 的记录，或该记录不在您的辖区内");
    }

    /** 409: the record's current state does not allow this. */
    public static ProblemException conflict(String slug, String titleZh, String titleEn, String detail) {
        return new ProblemException(409, slug, titleZh, titleEn, detail);
    }

    /** 422: the request is well-formed but breaks one or more business rules. */
    public static ProblemException ruleViolated(String slug, String titleZh, String titleEn, String detail,
            List<FieldViolation> errors) {
        return new ProblemException(422, slug, titleZh, titleEn, detail, errors);
    }

    /** 400: a field is malformed or out of range. */
    public static ProblemException invalid(FieldViolation violation) {
        return new ProblemException(400, ProblemTypes.VALIDATION, "请求参数无效", "Invalid request",
                violation.message(), List.of(violation));
    }

    /** Adds an extension member (RFC 9457 3.2), e.g. the current state and the allowed next steps. */
    /** The detail in Chinese, beside the English {@code detail} (an extension member, documented on Problem). */
    public ProblemException zh(String detailZh) {
        return with("detailZh", detailZh);
    }

    public ProblemException with(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String titleZh() {
        return titleZh;
    }

    public String titleEn() {
        return titleEn;
    }

    public List<FieldViolation> errors() {
        return errors;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
