package org.anju.gateway.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.anju.common.problem.FieldViolation;

/** What a webhook subscription must be: a URL Anju can POST to, known event types, a secret long enough to sign with. */
public final class SubscriptionRules {

    /** Shortest secret a subscriber may choose. */
    public static final int MIN_SECRET = 32;
    public static final int MAX_SECRET = 256;
    public static final int MAX_URL = 2000;

    private SubscriptionRules() {
    }

    /** The subscriber's URL: absolute http or https with a host, no user name or password in it (lists show it). */
    public static List<FieldViolation> url(String url) {
        if (url == null || url.isBlank()) {
            return List.of(new FieldViolation("url", "required", "url is required", "必须填写回调地址"));
        }
        if (url.length() > MAX_URL) {
            return List.of(new FieldViolation("url", "url-length", "url is longer than " + MAX_URL + " characters",
                    "回调地址不能超过 " + MAX_URL + " 个字符"));
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            return List.of(new FieldViolation("url", "url-format", "url is not a valid URI: " + e.getReason(),
                    "回调地址格式不正确", url));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return List.of(new FieldViolation("url", "url-scheme", "url must be an http or https URL",
                    "回调地址须为 http 或 https 地址", url));
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return List.of(new FieldViolation("url", "url-host", "url must name a host",
                    "回调地址须包含主机名", url));
        }
        if (uri.getRawUserInfo() != null) {
            return List.of(new FieldViolation("url", "url-no-credentials",
                    "url must not carry a user name or password; the signature authenticates Anju",
                    "回调地址不能包含用户名或密码，签名即可证明来源"));
        }
        if (uri.getRawFragment() != null) {
            return List.of(new FieldViolation("url", "url-no-fragment", "url must not have a #fragment",
                    "回调地址不能包含 # 片段", url));
        }
        return List.of();
    }

    /** At least one type, each one of the public event types, none twice. */
    public static List<FieldViolation> eventTypes(List<String> types) {
        if (types == null || types.isEmpty()) {
            return List.of(new FieldViolation("eventTypes", "required", "name at least one event type: "
                    + WebhookEventType.WIRE_NAMES, "至少选择一种事件类型：" + WebhookEventType.WIRE_NAMES));
        }
        List<FieldViolation> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < types.size(); i++) {
            String type = types.get(i);
            String field = "eventTypes[" + i + "]";
            if (type == null || WebhookEventType.fromWire(type).isEmpty()) {
                errors.add(new FieldViolation(field, "known-event-type", "unknown event type; known: "
                        + WebhookEventType.WIRE_NAMES, "未知的事件类型，可选：" + WebhookEventType.WIRE_NAMES, type));
            } else if (!seen.add(type)) {
                errors.add(new FieldViolation(field, "unique-event-type", "event type named twice",
                        "事件类型重复", type));
            }
        }
        return errors;
    }

    /** A chosen secret: 32 to 256 characters, not all the same character. Null means "generate one". */
    public static List<FieldViolation> secret(String secret) {
        if (secret == null) {
            return List.of();
        }
        if (secret.length() < MIN_SECRET || secret.length() > MAX_SECRET) {
            return List.of(new FieldViolation("secret", "secret-length", "secret must be " + MIN_SECRET + " to "
                    + MAX_SECRET + " characters (or leave it out and Anju generates one)",
                    "签名密钥须为 " + MIN_SECRET + " 至 " + MAX_SECRET + " 个字符（不填则由系统生成）"));
        }
        if (secret.chars().distinct().count() < 8) {
            return List.of(new FieldViolation("secret", "secret-strength",
                    "secret has fewer than 8 different characters", "签名密钥过于简单（不同字符少于 8 个）"));
        }
        return List.of();
    }

    /** Description: optional, at most 300 characters. */
    public static List<FieldViolation> description(String description) {
        if (description != null && description.length() > 300) {
            return List.of(new FieldViolation("description", "description-length",
                    "description is longer than 300 characters", "说明不能超过 300 个字符"));
        }
        return List.of();
    }
}
