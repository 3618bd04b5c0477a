package org.anju.permits.support;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.anju.common.problem.Problem;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Writes a problem's extension members only once, at the top level (RFC 9457 section 3.2): the shared {@link Problem}
 * record would otherwise also write them as a nested {@code extensions} object. Candidate for anju-common.
 */
@Singleton
public class ProblemJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.addMixIn(Problem.class, Mixin.class);
    }

    /** Hides the record component; the any-getter still writes its members. */
    @JsonIgnoreProperties({ "extensions" })
    abstract static class Mixin {
    }
}
