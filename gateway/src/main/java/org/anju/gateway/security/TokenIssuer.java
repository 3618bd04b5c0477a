package org.anju.gateway.security;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.anju.common.security.Role;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;

/**
 * Signs access tokens (RS256) with the claims every Anju service reads: {@code sub}, {@code upn}, {@code groups}
 * (role wire names), {@code county} and {@code townships}, plus {@code iss}, {@code aud}, {@code iat}, {@code exp},
 * {@code jti}.
 */
@ApplicationScoped
public class TokenIssuer {

    public static final String COUNTY_CLAIM = "county";
    public static final String TOWNSHIPS_CLAIM = "townships";
    public static final String CLIENT_ID_CLAIM = "client_id";

    private final SigningKeys keys;
    private final JwtConfig config;

    public TokenIssuer(SigningKeys keys, JwtConfig config) {
        this.keys = keys;
        this.config = config;
    }

    /** Who a token speaks for: a person (clientId null) or a bureau system. */
    public record Subject(String subject, String upn, List<Role> roles, String county, List<String> townships,
            String clientId) {
    }

    /** A signed token and the number of seconds it stays valid. */
    public record AccessToken(String token, long expiresIn) {
    }

    public AccessToken issue(Subject who) {
        Instant now = Instant.now();
        long ttl = config.accessTokenTtl().toSeconds();
        var groups = new LinkedHashSet<String>();
        who.roles().forEach(r -> groups.add(r.wireName()));
        var builder = Jwt.issuer(config.issuer())
                .audience(config.audience())
                .subject(who.subject())
                .upn(who.upn())
                .groups(groups)
                .claim(COUNTY_CLAIM, who.county())
                .claim(TOWNSHIPS_CLAIM, List.copyOf(who.townships()))
                .claim("jti", UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(now.plusSeconds(ttl));
        if (who.clientId() != null) {
            builder.claim(CLIENT_ID_CLAIM, who.clientId());
        }
        String token = builder.jws().algorithm(SignatureAlgorithm.RS256).keyId(keys.keyId()).sign(keys.privateKey());
        return new AccessToken(token, ttl);
    }
}
