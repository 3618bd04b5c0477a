package org.anju.registry.support;

import java.util.List;

import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.ProblemException;

/** The register's business refusals, each naming its field and rule in Chinese and English. */
public final class Refusals {

    private Refusals() {
    }

    /** 422: one field breaks one rule. */
    public static ProblemException rule(String field, String rule, String en, String zh, Object rejected) {
        return ProblemException.ruleViolated(rule, "违反业务规则", "Business rule violated", field + ": " + en,
                List.of(new FieldViolation(field, rule, en, zh, rejected)));
    }

    /** 409: the request conflicts with another record. */
    public static ProblemException conflict(String field, String rule, String en, String zh, Object rejected) {
        return new ProblemException(409, rule, "与现有记录冲突", "Conflict with an existing record", field + ": " + en,
                List.of(new FieldViolation(field, rule, en, zh, rejected)));
    }
}
