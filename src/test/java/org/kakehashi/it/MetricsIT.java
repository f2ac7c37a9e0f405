package org.kakehashi.it;

import io.restassured.RestAssured;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What a Prometheus server scrapes from the management interface: the office's work, counted as it happens. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MetricsIT {

    /** The user tasks of bpmn/, each a step the task gauges name. */
    private static final String[] STEPS = {"triageRequest", "translateRequest", "reviewTranslation",
            "triageInterpretation", "scheduleInterpretation", "reportEvent"};

    @ArquillianResource
    URL base;
    @ArquillianResource
    ManagementClient management;

    private String scrape() {
        return RestAssured.get(HealthIT.managementUrl(management, "/metrics")).then().statusCode(200)
                .extract().asString();
    }

    /** The value of the one sample whose name and labels contain all the parts, or 0 when there is none yet. */
    private static double sample(String metrics, String name, String... labels) {
        Matcher lines = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)} (\\S+)$").matcher(metrics);
        while (lines.find()) {
            String found = lines.group(1);
            boolean all = true;
            for (String label : labels) {
                all &= found.contains(label);
            }
            if (all) {
                return Double.parseDouble(lines.group(2));
            }
        }
        return 0;
    }

    @Test
    void aSubmissionIsCountedByTypeAndItsAnswerTimedByEndpointNotByNumber() {
        String before = scrape();

        String number = Api.as(base, "sato").submit("市民課からのお知らせ");

        String after = scrape();
        assertThat(sample(after, "kakehashi_requests_submitted_total", "type=\"TRANSLATION\""))
                .isEqualTo(sample(before, "kakehashi_requests_submitted_total", "type=\"TRANSLATION\"") + 1);
        String[] submission = {"method=\"POST\"", "status=\"201\"", "uri=\"/requests\""};
        assertThat(sample(after, "kakehashi_http_requests_seconds_count", submission))
                .isEqualTo(sample(before, "kakehashi_http_requests_seconds_count", submission) + 1);
        assertThat(sample(after, "kakehashi_http_requests_seconds_sum", submission))
                .isGreaterThan(sample(before, "kakehashi_http_requests_seconds_sum", submission));
        assertThat(after).doesNotContain(number);
    }

    @Test
    void theTaskBacklogIsGivenForEveryStepOfTheModelsWithTheOutboxAndTheJobExecutor() {
        String metrics = scrape();

        for (String step : STEPS) {
            assertThat(metrics).contains("kakehashi_tasks_open{").contains("step=\"" + step + "\"");
            assertThat(Pattern.compile("(?m)^kakehashi_tasks_overdue\\{[^}]*step=\"" + step + "\"[^}]*} \\d")
                    .matcher(metrics).find()).as(step).isTrue();
        }
        assertThat(metrics).contains("kakehashi_mail_outbox{", "status=\"QUEUED\"", "status=\"FAILED\"",
                "kakehashi_mail_failures_total{", "kakehashi_jobs_due{", "kakehashi_jobs_failed{");
        assertThat(sample(metrics, "datasources_pool_available_count", "name=\"KakehashiDS\""))
                .as("the server's own metrics beside Kakehashi's").isPositive();
    }
}
