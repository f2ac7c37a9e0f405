package org.kakehashi.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
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

    private final ConcurrentMap<Answer, Timer> timers = new ConcurrentHashMap<>();

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(STARTED) instanceof Long started) {
            timers.computeIfAbsent(new Answer(request.getMethod(), resource.getResourceClass(),
                            resource.getResourceMethod(), response.getStatus()), this::timer)
                    .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    /**
     * The timer of one kind of answer, looked up in the registry once: WildFly's registry searches its meters on
     * every lookup (3 % of a submission's time). The kinds are few: unknown paths are all "UNMATCHED".
     */
    private Timer timer(Answer answer) {
        return registry.timer("kakehashi.http.requests", "method", answer.method(),
                "uri", endpoint(answer.resourceClass(), answer.resourceMethod()),
                "status", Integer.toString(answer.status()));
    }

    private record Answer(String method, Class<?> resourceClass, Method resourceMethod, int status) {
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
