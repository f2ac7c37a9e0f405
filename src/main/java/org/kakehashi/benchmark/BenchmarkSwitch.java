package org.kakehashi.benchmark;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.kakehashi.platform.config.StartSettings;

/**
 * Hides the benchmark endpoints unless the server was started with {@code -Dkakehashi.benchmark=true}. It runs
 * before any other filter, so that without the flag they are unknown paths to everyone, logged in or not.
 */
@Provider
@PreMatching
public class BenchmarkSwitch implements ContainerRequestFilter {

    @Inject
    StartSettings settings;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath().replaceFirst("^/", "");
        if (path.startsWith(BareStartResource.PATH) && !settings.benchmark()) {
            throw new NotFoundException();
        }
    }
}
