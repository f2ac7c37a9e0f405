package org.kakehashi.platform.metrics;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HttpRequestMetricsTest {

    @Path("requests")
    static class Requests {
        @GET
        public void list() {
        }

        @GET
        @Path("/{number}/jobs/{target}/")
        public void job() {
        }
    }

    @Test
    void anEndpointIsNamedByItsTemplateNeverByTheValuesInThePath() throws Exception {
        assertThat(HttpRequestMetrics.endpoint(Requests.class, Requests.class.getMethod("list")))
                .isEqualTo("/requests");
        assertThat(HttpRequestMetrics.endpoint(Requests.class, Requests.class.getMethod("job")))
                .isEqualTo("/requests/{number}/jobs/{target}");
    }

    @Test
    void aRequestNoEndpointMatchedIsCountedAsUnmatched() {
        assertThat(HttpRequestMetrics.endpoint(null, null)).isEqualTo("UNMATCHED");
    }
}
