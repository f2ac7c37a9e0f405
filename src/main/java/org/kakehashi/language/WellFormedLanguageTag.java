package org.kakehashi.language;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The text is a well-formed BCP 47 language tag ({@link LanguageTag#of(String)} accepts it); null is valid. */
@Documented
@Constraint(validatedBy = WellFormedLanguageTag.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface WellFormedLanguageTag {

    String message() default "{org.kakehashi.language.WellFormedLanguageTag.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<WellFormedLanguageTag, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            try {
                LanguageTag.of(value);
                return true;
            } catch (InvalidLanguageTagException e) {
                return false;
            }
        }
    }
}
