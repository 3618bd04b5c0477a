package org.anju.gateway.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.anju.common.problem.FieldViolation;
import org.junit.jupiter.api.Test;

class SubscriptionRulesTest {

    private static List<String> rules(List<FieldViolation> violations) {
        return violations.stream().map(FieldViolation::rule).toList();
    }

    @Test
    void httpAndHttpsUrlsWithAHostAreAccepted() {
        assertEquals(List.of(), SubscriptionRules.url("https://hall.example.gov.cn/anju/events?k=1"));
        assertEquals(List.of(), SubscriptionRules.url("http://10.2.3.4:8443/hook"));
        assertEquals(List.of(), SubscriptionRules.url("HTTPS://Hall.Example.gov.cn"));
    }

    @Test
    void otherSchemesAreRefusedNamingUrlInBothLanguages() {
        for (String url : new String[] { "ftp://x", "javascript:alert(1)", "file:///etc/passwd", "mailto:a@b.cn",
                "//hall.example.gov.cn/x", "hall.example.gov.cn/x" }) {
            List<FieldViolation> v = SubscriptionRules.url(url);
            assertEquals(1, v.size(), url);
            assertEquals("url", v.get(0).field());
            assertEquals("url-scheme", v.get(0).rule(), url);
            assertTrue(v.get(0).messageZh().contains("http"), v.get(0).messageZh());
        }
    }

    @Test
    void aUrlWithoutHostWithCredentialsOrMalformedIsRefused() {
        assertEquals(List.of("url-host"), rules(SubscriptionRules.url("http:/just-a-path")));
        assertEquals(List.of("url-format"), rules(SubscriptionRules.url("http://")));
        assertEquals(List.of("url-format"), rules(SubscriptionRules.url("https://exa mple.cn/")));
        assertEquals(List.of("url-no-credentials"), rules(SubscriptionRules.url("https://u:p@hall.example.cn/")));
        assertEquals(List.of("url-no-fragment"), rules(SubscriptionRules.url("https://hall.example.cn/#x")));
        assertEquals(List.of("required"), rules(SubscriptionRules.url(" ")));
        assertEquals(List.of("url-length"), rules(SubscriptionRules.url("https://h.cn/" + "a".repeat(2000))));
    }

    @Test
    void eventTypesMustBeKnownAndNamedOnceEachNamingItsIndex() {
        assertEquals(List.of(), SubscriptionRules.eventTypes(List.of("book.issued", "stop-work.lifted")));
        List<FieldViolation> v = SubscriptionRules.eventTypes(Arrays.asList("book.issued", "visit.passed",
                "book.issued", null));
        assertEquals(List.of("eventTypes[1]", "eventTypes[2]", "eventTypes[3]"),
                v.stream().map(FieldViolation::field).toList());
        assertEquals(List.of("known-event-type", "unique-event-type", "known-event-type"), rules(v));
        assertEquals(List.of("required"), rules(SubscriptionRules.eventTypes(List.of())));
    }

    @Test
    void aChosenSecretHas32To256VariedCharacters() {
        assertEquals(List.of(), SubscriptionRules.secret(null));
        assertEquals(List.of(), SubscriptionRules.secret("0123456789abcdef0123456789abcdef"));
        assertEquals(List.of("secret-length"), rules(SubscriptionRules.secret("0123456789abcdef0123456789abcde")));
        assertEquals(List.of("secret-length"), rules(SubscriptionRules.secret("x".repeat(257))));
        assertEquals(List.of("secret-strength"), rules(SubscriptionRules.secret("ab".repeat(20))));
    }
}
