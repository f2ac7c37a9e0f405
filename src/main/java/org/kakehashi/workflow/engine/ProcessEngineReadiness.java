package org.kakehashi.workflow.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Down until the process engine has started and while its job executor is stopped: no step could move. */
@Readiness
@ApplicationScoped
public class ProcessEngineReadiness implements HealthCheck {

    @Inject
    ProcessEngineBootstrap bootstrap;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("process-engine").status(bootstrap.running()).build();
    }
}
