package org.kakehashi.it;

import io.restassured.RestAssured;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** The load balancer's question, asked on the management interface: is this node ready, and what says so. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

    @ArquillianResource
    ManagementClient management;

    static String managementUrl(ManagementClient management, String path) {
        return "http://" + management.getMgmtAddress() + ":" + management.getMgmtPort() + path;
    }

    @Test
    void aStartedNodeIsReadyWithTheDatabaseAndTheProcessEngineUp() {
        RestAssured.get(managementUrl(management, "/health/ready")).then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("database", "process-engine"))
                .body("checks.find { it.name == 'database' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'process-engine' }.status", equalTo("UP"));
        RestAssured.get(managementUrl(management, "/health/live")).then().statusCode(200)
                .body("status", equalTo("UP"));
    }
}
