package org.anju.common.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.logging.Log;

/**
 * The one exception-mapping layer of every Anju service: whatever goes wrong, the caller gets RFC 9457
 * problem+json with a stable type, a Chinese and English title and the offending fields, never a stack trace.
 */
public class ProblemMappers {

    private final BilingualMessages messages;

    public ProblemMappers(BilingualMessages messages) {
        this.messages = messages;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response response = Problems.of(e, path(uri));
        if (e.status() == 401) {
            return Response.fromResponse(response).header("WWW-Authenticate", "Bearer realm=\"anju\"").build();
        }
        return response;
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldViolation> errors = new ArrayList<>();
        boolean returnValue = false;
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            returnValue |= isReturnValue(v.getPropertyPath());
            String rule = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            errors.add(new FieldViolation(fieldOf(v.getPropertyPath()), rule, v.getMessage(),
                    messages.chinese(v)));
        }
        if (returnValue) {
            return unexpected(e, uri);
        }
        errors.sort((a, b) -> a.field().compareTo(b.field()));
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return Problems.response(400, ProblemTypes.VALIDATION, "请求参数无效", "Invalid request", detail, path(uri),
                errors, null, null);
    }

    @ServerExceptionMapper
    public Response jsonParse(JsonParseException e, UriInfo uri) {
        var location = e.getLocation();
        String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        return Problems.response(400, ProblemTypes.MALFORMED_JSON, "请求体不是合法的 JSON", "Malformed JSON body",
                "The request body is not valid JSON" + where + ": " + e.getOriginalMessage(), path(uri), null, null,
                null);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return mapping(e, uri);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        return mapping(e, uri);
    }

    @ServerExceptionMapper
    public Response jsonProcessing(JsonProcessingException e, UriInfo uri) {
        return Problems.response(400, ProblemTypes.MALFORMED_JSON, "请求体不是合法的 JSON", "Malformed JSON body",
                e.getOriginalMessage(), path(uri), null, null, null);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonParseException jp) {
            return jsonParse(jp, uri);
        }
        if (cause instanceof JsonMappingException jm) {
            return mapping(jm, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        String[] titles = titles(e, status);
        Response problem = Problems.response(status, titles[0], titles[1], titles[2], e.getMessage(), path(uri), null,
                null, null);
        if (e instanceof NotAllowedException) {
            String allow = e.getResponse().getHeaderString("Allow");
            if (allow != null) {
                return Response.fromResponse(problem).header("Allow", allow).build();
            }
        }
        return problem;
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        String correlationId = UUID.randomUUID().toString();
        Log.errorf(e, "Unexpected failure on %s, correlation id %s", path(uri), correlationId);
        return Problems.response(500, ProblemTypes.UNEXPECTED, "服务器内部错误", "Unexpected failure",
                "Something went wrong on our side. Quote correlation id " + correlationId + " to the operators.",
                path(uri), null, correlationId, null);
    }

    private Response mapping(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e.getPath());
        String rule;
        String en;
        String zh;
        if (e instanceof UnrecognizedPropertyException u) {
            rule = "unknown-field";
            en = "Unknown field '" + u.getPropertyName() + "'";
            zh = "未知字段 '" + u.getPropertyName() + "'";
        } else if (e instanceof InvalidFormatException f) {
            rule = "format";
            String expected = f.getTargetType() == null ? "another type" : describe(f.getTargetType());
            en = "Value '" + f.getValue() + "' cannot be read as " + expected;
            zh = "值 '" + f.getValue() + "' 无法解析为" + expected;
        } else {
            rule = "type";
            en = "Wrong type or shape: " + e.getOriginalMessage();
            zh = "类型或结构不正确";
        }
        if (field.isEmpty()) {
            field = "body";
        }
        var location = e.getLocation();
        String where = location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        return Problems.response(400, ProblemTypes.MALFORMED_JSON, "请求体不是合法的 JSON", "Malformed JSON body",
                field + ": " + en + where, path(uri), List.of(new FieldViolation(field, rule, en, zh)), null, null);
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            StringBuilder b = new StringBuilder("one of [");
            Object[] constants = type.getEnumConstants();
            for (int i = 0; i < constants.length; i++) {
                b.append(i == 0 ? "" : ", ").append(constants[i]);
            }
            return b.append(']').toString();
        }
        return type.getSimpleName();
    }

    private static String[] titles(WebApplicationException e, int status) {
        if (e instanceof NotFoundException || status == 404) {
            return new String[] { ProblemTypes.NOT_FOUND, "资源不存在", "Not found" };
        }
        if (e instanceof NotSupportedException || status == 415) {
            return new String[] { ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "不支持的内容类型", "Unsupported media type" };
        }
        if (e instanceof NotAllowedException || status == 405) {
            return new String[] { "method-not-allowed", "不允许的请求方法", "Method not allowed" };
        }
        if (e instanceof NotAcceptableException || status == 406) {
            return new String[] { "not-acceptable", "无法提供所要求的格式", "Not acceptable" };
        }
        if (status == 401) {
            return new String[] { "unauthorized", "需要登录", "Authentication required" };
        }
        if (status == 403) {
            return new String[] { "forbidden", "无权执行此操作", "Forbidden" };
        }
        if (status == 413) {
            return new String[] { "payload-too-large", "请求体过大", "Payload too large" };
        }
        return new String[] { "bad-request", "请求无效", "Bad request" };
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : path) {
            if (r.getFieldName() != null) {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    private static boolean isReturnValue(Path path) {
        for (Path.Node n : path) {
            if (n.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /** `create.body.leader.name` becomes `leader.name`; a query parameter keeps its own name. */
    static String fieldOf(Path path) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        boolean afterParameter = false;
        for (Path.Node n : path) {
            switch (n.getKind()) {
                case METHOD, CONSTRUCTOR -> {
                }
                case PARAMETER -> {
                    parameter = n.getName();
                    afterParameter = true;
                }
                default -> {
                    if (n.getName() == null) {
                        break;
                    }
                    if (n.isInIterable() && !names.isEmpty()) {
                        Object position = n.getIndex() != null ? n.getIndex() : n.getKey();
                        if (position != null) {
                            names.set(names.size() - 1, names.get(names.size() - 1) + "[" + position + "]");
                        }
                    }
                    if (n.getKind() != ElementKind.CONTAINER_ELEMENT) {
                        names.add(n.getName());
                    }
                }
            }
        }
        if (names.isEmpty()) {
            return parameter != null ? parameter : (afterParameter ? "body" : path.toString());
        }
        return String.join(".", names);
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
