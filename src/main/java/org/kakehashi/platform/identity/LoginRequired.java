package org.kakehashi.platform.identity;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Closed unless opened: an endpoint not marked {@link Public} needs a logged-in caller, so a new endpoint
 * forgotten by its author is refused to strangers rather than served to them.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class LoginRequired implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;
    @Context
    HttpServletRequest http;

    @Override
    public void filter(ContainerRequestContext request) {
        boolean open = resource.getResourceMethod() != null
                && (resource.getResourceMethod().isAnnotationPresent(Public.class)
                || resource.getResourceClass().isAnnotationPresent(Public.class));
        if (!open && http.getUserPrincipal() == null) {
            throw new NotIdentifiedException();
        }
    }
}
