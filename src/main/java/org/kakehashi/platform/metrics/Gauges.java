package org.kakehashi.platform.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A feature's gauges in the server's registry, which outlives the deployment: their state is held here (a gauge
 * holds it only weakly), and they are removed when the deployment goes, so that a redeployment registers its own
 * instead of finding the old ones, whose state is gone. (Builders are not used: WildFly's registry for a deployment
 * exports only what is registered through the registry's own methods.)
 */
public final class Gauges {

    private final MeterRegistry registry;
    private final List<Object> states = new ArrayList<>();
    private final List<Meter> registered = new ArrayList<>();

    public Gauges(MeterRegistry registry) {
        this.registry = registry;
    }

    public <T> void add(String name, Tags tags, T state, ToDoubleFunction<T> value) {
        states.add(registry.gauge(name, tags, state, value));
        Meter gauge = registry.find(name).tags(tags).gauge();
        if (gauge != null) {
            registered.add(gauge);
        }
    }

    public void removeAll() {
        registered.forEach(registry::remove);
        registered.clear();
        states.clear();
    }
}
