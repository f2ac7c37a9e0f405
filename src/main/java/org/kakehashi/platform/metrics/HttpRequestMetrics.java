package org.kakehashi.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;
import java.util.concurrent.TimeUnit;

/**
 * How long the API takes to answer, by method, endpoint (its template, such as {@code /requests/{number}}, never
 * the number itself) and status: count, total and longest time, which Prometheus adds up over nodes. (A
 * deployment's timers in WildFly's registry carry no histogram buckets, so percentiles are not exported.)
 */
@Provider
@PreMatching
public class HttpRequestMetrics implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String STARTED = HttpRequestMetrics.class.getName() + ".started";

    @Context
    ResourceInfo resource;
    @Inject
    MeterRegistry registry;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(STARTED) instanceof Long started) {
            registry.timer("kakehashi.http.requests", "method", request.getMethod(),
                            "uri", endpoint(resource.getResourceClass(), resource.getResourceMethod()),
                            "status", Integer.toString(response.getStatus()))
                    .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    /** The endpoint's template from its resource's and method's {@code @Path}; none matched is "UNMATCHED". */
    static String endpoint(Class<?> resourceClass, Method method) {
        if (resourceClass == null || method == null) {
            return "UNMATCHED";
        }
        String path = "/" + strip(resourceClass.getAnnotation(Path.class));
        String sub = strip(method.getAnnotation(Path.class));
        return sub.isEmpty() ? path : path + "/" + sub;
    }

    private static String strip(Path path) {
        return path == null ? "" : path.value().replaceAll("^/+|/+$", "");
    }
}
