package org.kakehashi.it;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.kakehashi.platform.identity.Public;
import org.kakehashi.retention.Retention;

import java.time.Duration;
import java.time.Instant;

/**
 * The city's clock moved on for the retention rules: applies them as the daily job would that many days from
 * now. Deployed by the retention test only.
 */
@Path("test/retention")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionClock {

    @Inject
    Retention retention;

    @POST
    @Public
    public Retention.Erased applyInDays(@QueryParam("days") int days) {
        return retention.apply(Instant.now().plus(Duration.ofDays(days)));
    }
}
