package org.kakehashi.platform.problem;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidatorFactory;

import java.util.Collections;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a request body's constraints with messages in the caller's language, before a resource hands it on.
 * A violation becomes a 400 naming the fields ({@link ConstraintViolationMapper}).
 */
@RequestScoped
public class InputValidation {

    private ValidatorFactory validators;
    private HttpServletRequest http;

    protected InputValidation() {
    }

    @Inject
    public InputValidation(ValidatorFactory validators, HttpServletRequest http) {
        this.validators = validators;
        this.http = http;
    }

    public <T> T valid(T body) {
        if (body == null) {
            throw new MissingBodyException();
        }
        Locale locale = Messages.forPreferences(Collections.list(http.getLocales())).locale();
        MessageInterpolator interpolator = validators.getMessageInterpolator();
        Set<ConstraintViolation<T>> violations = validators.usingContext()
                .messageInterpolator(new MessageInterpolator() {
                    @Override
                    public String interpolate(String template, Context context) {
                        return interpolator.interpolate(template, context, locale);
                    }

                    @Override
                    public String interpolate(String template, Context context, Locale ignored) {
                        return interpolator.interpolate(template, context, locale);
                    }
                })
                .getValidator()
                .validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return body;
    }

    /** The endpoint needs a JSON body and got none. */
    public static class MissingBodyException extends DomainProblem {
        MissingBodyException() {
            super(Kind.INVALID, "problem.body-missing", "body");
        }
    }
}
