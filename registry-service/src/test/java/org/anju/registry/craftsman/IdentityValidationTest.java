package org.anju.registry.craftsman;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.anju.registry.crew.CrewDetails;
import org.anju.registry.crew.CrewKind;
import org.junit.jupiter.api.Test;

/** The register's request bodies apply the GB 11643 and GB 32100 validators to real-format vectors. */
class IdentityValidationTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private static Set<String> craftsmanErrors(String residentId) {
        var body = new RegisterCraftsman("张三", residentId, "13812345678", "369901100000", null, Set.of(Trade.MASON),
                null, null, null);
        return VALIDATOR.validate(body).stream().map(v -> v.getPropertyPath() + ":"
                + v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName())
                .collect(java.util.stream.Collectors.toSet());
    }

    private static Set<String> crewErrors(String creditCode) {
        var body = new CrewDetails("队", CrewKind.COMPANY, creditCode, java.util.UUID.randomUUID(),
                List.of(java.util.UUID.randomUUID()), "369901100000", "张三", "13812345678", "P-1",
                java.time.LocalDate.now().plusDays(30), null);
        return VALIDATOR.validate(body).stream().map(v -> v.getPropertyPath() + ":"
                + v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName())
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void validResidentIdPasses() {
        assertTrue(craftsmanErrors("11010519491231002X").isEmpty());
    }

    @Test
    void lowercaseXIsAccepted() {
        assertTrue(craftsmanErrors("11010519491231002x").isEmpty());
    }

    @Test
    void wrongCheckDigitIsRefused() {
        assertEquals(Set.of("residentId:ResidentId"), craftsmanErrors("110105194912310021"));
    }

    @Test
    void wrongLengthIsRefused() {
        assertEquals(Set.of("residentId:ResidentId"), craftsmanErrors("11010519491231002"));
        assertEquals(Set.of("residentId:ResidentId"), craftsmanErrors("11010519491231002XX"));
    }

    @Test
    void validCreditCodePasses() {
        assertTrue(crewErrors("91350100M000100Y43").isEmpty());
        assertTrue(crewErrors("91350100m000100y43").isEmpty());
    }

    @Test
    void wrongCreditCheckCharacterIsRefused() {
        assertEquals(Set.of("creditCode:CreditCode"), crewErrors("91350100M000100Y44"));
    }

    @Test
    void wrongCreditCodeLengthIsRefused() {
        assertEquals(Set.of("creditCode:CreditCode"), crewErrors("91350100M000100Y4"));
    }
}
