package org.kakehashi.platform.problem;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A validator that failed (not a violated constraint) is a fault of ours: a 500 like any other, instead of the
 * JAX-RS implementation's own plain-text answer.
 */
@Provider
public class ValidatorFailureMapper implements ExceptionMapper<ValidationException> {

    @Context
    HttpHeaders headers;
    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ValidationException exception) {
        return UnexpectedProblemMapper.unexpected(exception, headers, uri);
    }
}
