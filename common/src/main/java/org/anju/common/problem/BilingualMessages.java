package org.anju.common.problem;

import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;

import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;

import io.quarkus.logging.Log;

/**
 * Renders a Bean Validation message in Simplified Chinese as well, with Hibernate Validator's own bundles, so each
 * field error reads in both languages whatever the caller's Accept-Language.
 */
@ApplicationScoped
public class BilingualMessages {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final MessageInterpolator interpolator;

    public BilingualMessages(ValidatorFactory factory) {
        this.interpolator = factory.getMessageInterpolator();
    }

    public String chinese(ConstraintViolation<?> violation) {
        try {
            return interpolator.interpolate(violation.getMessageTemplate(), new Context(violation), CHINESE);
        } catch (RuntimeException e) {
            Log.debugf(e, "No Chinese rendering for %s", violation.getMessageTemplate());
            return violation.getMessage();
        }
    }

    private record Context(ConstraintViolation<?> violation) implements HibernateMessageInterpolatorContext {

        @Override
        public ConstraintDescriptor<?> getConstraintDescriptor() {
            return violation.getConstraintDescriptor();
        }

        @Override
        public Object getValidatedValue() {
            return violation.getInvalidValue();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            if (type.isInstance(this)) {
                return type.cast(this);
            }
            throw new IllegalArgumentException("Cannot unwrap to " + type);
        }

        @Override
        public Class<?> getRootBeanType() {
            return violation.getRootBeanClass();
        }

        @Override
        public Map<String, Object> getMessageParameters() {
            return Map.of();
        }

        @Override
        public Map<String, Object> getExpressionVariables() {
            return Map.of();
        }

        @Override
        public jakarta.validation.Path getPropertyPath() {
            return violation.getPropertyPath();
        }

        @Override
        public ExpressionLanguageFeatureLevel getExpressionLanguageFeatureLevel() {
            return ExpressionLanguageFeatureLevel.BEAN_PROPERTIES;
        }
    }
}
