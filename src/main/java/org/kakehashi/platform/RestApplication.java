package org.kakehashi.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API lives under /api; the pages are served from the root. */
@ApplicationPath("api")
public class RestApplication extends Application {
}
