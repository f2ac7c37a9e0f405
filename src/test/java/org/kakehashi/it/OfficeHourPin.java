package org.kakehashi.it;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import java.time.Instant;

/** The tests outside the server pin the moment of the office-hours decision ({@link OfficeHourClock}) here. */
@Path("test/office-hours")
public class OfficeHourPin {

    @Inject
    OfficeHourClock clock;

    @POST
    public void pin(@QueryParam("at") String at) {
        clock.pin(Instant.parse(at));
    }

    @DELETE
    public void unpin() {
        clock.unpin();
    }
}
