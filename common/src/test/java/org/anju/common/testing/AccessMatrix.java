package org.anju.common.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.anju.common.security.Role;
import org.junit.jupiter.params.provider.Arguments;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Who may call which operation of a service, as one table that a service's {@code AccessMatrixTest} runs against the
 * service itself: every row with a token of every role (for the right township), with none and with a service token;
 * allowed callers must get past authorisation, all others get 403 (401 without a token) as problem+json. The table
 * must name every operation of the service's OpenAPI document, and {@code docs/access-matrix.md} shows the same table
 * (run a test with {@code -Danju.access-matrix.write=true} to rewrite the service's section).
 */
public final class AccessMatrix {

    /** A column of the table. */
    public enum Who {
        ANONYMOUS(null), INSPECTOR(Role.INSPECTOR), TOWNSHIP_OFFICER(Role.TOWNSHIP_OFFICER),
        VILLAGE_REVIEWER(Role.VILLAGE_REVIEWER), COUNTY_CLERK(Role.COUNTY_CLERK), COUNTY_ADMIN(Role.COUNTY_ADMIN),
        BUREAU_READER(Role.BUREAU_READER), SERVICE(Role.SERVICE);

        private final Role role;

        Who(Role role) {
            this.role = role;
        }

        public String column() {
            return role == null ? "anonymous" : role.wireName();
        }

        static Who of(String column) {
            return Arrays.stream(values()).filter(w -> w.column().equals(column)).findFirst().orElseThrow();
        }
    }

    /** Anyone, without a token too: public operations. */
    public static final Set<Who> ANYONE = EnumSet.allOf(Who.class);
    /** Any valid token, a service's included. */
    public static final Set<Who> ANY_TOKEN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));
    /** Every person's role, no service. */
    public static final Set<Who> PEOPLE = EnumSet.range(Who.INSPECTOR, Who.BUREAU_READER);
    /** Anju's own services only. */
    public static final Set<Who> SERVICES = EnumSet.of(Who.SERVICE);

    /** Exactly these roles. */
    public static Set<Who> only(Role... roles) {
        Set<Who> out = EnumSet.noneOf(Who.class);
        for (Role r : roles) {
            out.add(Arrays.stream(Who.values()).filter(w -> w.role == r).findFirst().orElseThrow());
        }
        return out;
    }

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Set<Role> TOWNSHIP_ROLES = EnumSet.of(Role.INSPECTOR, Role.TOWNSHIP_OFFICER,
            Role.VILLAGE_REVIEWER);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]+}");

    private final String service;
    private final String township;
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final Map<String, String> ignored = new LinkedHashMap<>();
    private final Set<String> elsewhere = new TreeSet<>();
    private String elsewhereWhy;

    private AccessMatrix(String service, String township) {
        this.service = service;
        this.township = township;
    }

    /** The table of one service; township roles call with a token for {@code township}. */
    public static AccessMatrix of(String service, String township) {
        return new AccessMatrix(service, township);
    }

    /** Adds the row of one operation: its method, its path as the OpenAPI document writes it, who may call it. */
    public Row row(String method, String path, Set<Who> allowed) {
        Row row = new Row(method.toUpperCase(), path, allowed);
        if (rows.putIfAbsent(row.key(), row) != null) {
            throw new IllegalArgumentException("Two rows for " + row.key());
        }
        return row;
    }

    /** Operations under this path prefix are not the service's API (test-only probes) and need no row. */
    public AccessMatrix ignore(String pathPrefix, String why) {
        ignored.put(pathPrefix, why);
        return this;
    }

    /**
     * Operations the document also describes but another service's table declares (the gateway's document merges the
     * services' in); named once here for the document, whichever operations they turn out to be.
     */
    public AccessMatrix coveredElsewhere(Collection<String> operations, String why) {
        elsewhere.addAll(operations);
        elsewhereWhy = why;
        return this;
    }

    /** One operation and who may call it; how to call it is filled in with the builder methods. */
    public static final class Row {

        private final String method;
        private final String path;
        private final Set<Who> allowed;
        private String note = "";
        private Supplier<String> target;
        private Supplier<Object> body;
        private String contentType = "application/json";
        private final Map<String, String> headers = new LinkedHashMap<>();
        private boolean internal;

        private Row(String method, String path, Set<Who> allowed) {
            this.method = method;
            this.path = path;
            this.allowed = Set.copyOf(allowed);
        }

        public String key() {
            return method + " " + path;
        }

        /** The path to call (a real record of the test township, or a query); by default random ids. */
        public Row to(Supplier<String> concretePath) {
            this.target = concretePath;
            return this;
        }

        /** A JSON body that passes validation, so a refusal can only come from authorisation. */
        public Row json(Supplier<Object> body) {
            this.body = body;
            return this;
        }

        /** A body of another media type. */
        public Row body(String contentType, Supplier<Object> body) {
            this.contentType = contentType;
            this.body = body;
            return this;
        }

        public Row header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        /**
         * Service to service: the OpenAPI document may leave it out (callers outside Anju never use it); it is called
         * all the same.
         */
        public Row internal() {
            this.internal = true;
            return this;
        }

        /** What else limits the callers (township scope, masking, a rule after the role), for the document. */
        public Row note(String note) {
            this.note = note;
            return this;
        }

        private String concrete() {
            if (target != null) {
                return target.get();
            }
            Matcher m = PLACEHOLDER.matcher(path);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, UUID.randomUUID().toString());
            }
            return m.appendTail(out).toString();
        }
    }

    /** Every row with every column, as {@code (row key, column)} for a {@code @ParameterizedTest}. */
    public Stream<Arguments> cases() {
        return rows.values().stream()
                .flatMap(row -> Arrays.stream(Who.values()).map(who -> Arguments.of(row.key(), who.column())));
    }

    /** Calls one row as one column and checks the answer. */
    public void check(String rowKey, String column) {
        Row row = rows.get(rowKey);
        Who who = Who.of(column);
        RequestSpecification spec = given().redirects().follow(false);
        String token = token(who);
        if (token != null) {
            spec.auth().oauth2(token);
        }
        spec.headers(row.headers);
        if (row.body != null) {
            Object body = row.body.get();
            spec.contentType(row.contentType);
            if (body instanceof byte[] bytes) {
                spec.body(bytes);
            } else if (body instanceof String text) {
                spec.body(text);
            } else {
                spec.body(body);
            }
        }
        String target = row.concrete();
        Response answer = spec.request(row.method, target);
        int status = answer.statusCode();
        String what = rowKey + " as " + column + " (" + row.method + " " + target + ") answered " + status + ": "
                + abbreviate(answer.asString());
        if (row.allowed.contains(who)) {
            assertTrue(status != 401 && status != 403, "Allowed, but refused: " + what);
            assertTrue(status != 500, "Allowed, but failed: " + what);
        } else {
            assertEquals(who == Who.ANONYMOUS ? 401 : 403, status, "Not allowed, but not refused: " + what);
            assertTrue(String.valueOf(answer.contentType()).startsWith("application/problem+json"),
                    "A refusal must be problem+json: " + what);
        }
    }

    /** The rows anonymous callers may not call, as {@code (row key)} for a {@code @ParameterizedTest}. */
    public Stream<Arguments> nonPublicRows() {
        return rows.values().stream().filter(row -> !row.allowed.contains(Who.ANONYMOUS))
                .map(row -> Arguments.of(row.key()));
    }

    /**
     * Calls a non-public row the crudest way: no token, no query parameters, no headers, an empty body, and path
     * placeholders that are no valid id. Authentication comes first, so the answer must be 401 problem+json with a
     * Bearer challenge, not a 400 or 404 about the parameters or the body. (An operation that takes a body is called
     * with its media type: which operation a request is for depends on it, before anything is checked.)
     */
    public void refusesAnonymousBeforeValidating(String rowKey) {
        Row row = rows.get(rowKey);
        if (row.allowed.contains(Who.ANONYMOUS)) {
            throw new IllegalArgumentException(rowKey + " is public");
        }
        String target = PLACEHOLDER.matcher(row.path).replaceAll("not-an-id");
        RequestSpecification spec = given().redirects().follow(false);
        if (row.body != null) {
            spec.contentType(row.contentType);
        }
        Response answer = spec.request(row.method, target);
        String what = rowKey + " anonymously, bare (" + row.method + " " + target + ") answered "
                + answer.statusCode() + ": " + abbreviate(answer.asString());
        assertEquals(401, answer.statusCode(), "Not refused before validation: " + what);
        assertTrue(String.valueOf(answer.contentType()).startsWith("application/problem+json"),
                "A refusal must be problem+json: " + what);
        assertTrue(String.valueOf(answer.header("WWW-Authenticate")).startsWith("Bearer"),
                "A 401 must challenge for a bearer token: " + what);
    }

    private String token(Who who) {
        if (who == Who.ANONYMOUS) {
            return null;
        }
        if (who == Who.SERVICE) {
            return TestTokens.service();
        }
        return TOWNSHIP_ROLES.contains(who.role) ? TestTokens.as(who.role, township) : TestTokens.as(who.role);
    }

    /** Fails when the service's OpenAPI document has an operation without a row, or a row names no operation. */
    public void coversOpenApi() {
        Map<String, Map<String, Object>> paths = given().accept("application/json").when()
                .get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath().getMap("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, item) -> {
            if (ignored.keySet().stream().noneMatch(path::startsWith)) {
                item.keySet().stream().filter(METHODS::contains)
                        .forEach(m -> documented.add(m.toUpperCase() + " " + path));
            }
        });
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(rows.keySet());
        missing.removeAll(elsewhere);
        Set<String> stale = rows.values().stream().filter(r -> !r.internal).map(Row::key)
                .collect(Collectors.toCollection(TreeSet::new));
        stale.removeAll(documented);
        assertTrue(missing.isEmpty(), service + ": operations without an access rule " + missing
                + "; declare who may call them in AccessMatrixTest (and docs/access-matrix.md)");
        assertTrue(stale.isEmpty(), service + ": access rules for operations the OpenAPI document does not have "
                + stale);
    }

    /** This service's section of {@code docs/access-matrix.md}. */
    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("<!-- access-matrix:").append(service).append(" -->\n");
        md.append("## ").append(service).append("\n\n");
        md.append("| operation |");
        for (Who who : Who.values()) {
            md.append(' ').append(who.column()).append(" |");
        }
        md.append(" notes |\n|---|");
        md.append(":-:|".repeat(Who.values().length)).append("---|\n");
        for (Row row : rows.values()) {
            md.append("| `").append(row.key()).append("` |");
            for (Who who : Who.values()) {
                md.append(row.allowed.contains(who) ? " ✓ |" : " — |");
            }
            md.append(' ').append(row.note).append(" |\n");
        }
        if (elsewhereWhy != null || !ignored.isEmpty()) {
            md.append('\n');
        }
        if (elsewhereWhy != null) {
            md.append(elsewhereWhy).append('\n');
        }
        ignored.forEach((prefix, why) -> md.append("Not part of the API: `").append(prefix).append("…` (").append(why)
                .append(").\n"));
        md.append("<!-- /access-matrix:").append(service).append(" -->\n");
        return md.toString();
    }

    /**
     * Writes this section to {@code target/access-matrix.md} and fails when the document's section differs; with
     * {@code -Danju.access-matrix.write=true} it rewrites the document's section instead.
     */
    public void matchesDoc(Path doc) {
        String section = markdown();
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "access-matrix.md"), section, StandardCharsets.UTF_8);
            String text = Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "";
            String begin = "<!-- access-matrix:" + service + " -->\n";
            String end = "<!-- /access-matrix:" + service + " -->\n";
            int from = text.indexOf(begin);
            int to = from < 0 ? -1 : text.indexOf(end, from);
            String current = from < 0 || to < 0 ? null : text.substring(from, to + end.length());
            if (section.equals(current)) {
                return;
            }
            if (Boolean.getBoolean("anju.access-matrix.write")) {
                String separator = text.isEmpty() || text.endsWith("\n\n") ? "" : "\n";
                String updated = current == null ? text + separator + section
                        : text.substring(0, from) + section + text.substring(to + end.length());
                Files.writeString(doc, updated, StandardCharsets.UTF_8);
                return;
            }
            fail(doc + " does not show " + service + "'s access table as the test declares it (see target/"
                    + "access-matrix.md); run this test with -Danju.access-matrix.write=true to rewrite it");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A record made the first time a row needs it (through the API, once per test run), then reused. */
    public static Supplier<String> once(Supplier<String> make) {
        return new Supplier<>() {
            private String value;

            @Override
            public synchronized String get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        };
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 400 ? s.substring(0, 400) + "…" : s;
    }
}
