package org.kakehashi.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The office's settings changed on the page are in force at once, in the change log, and can go back. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SettingsIT {

    @ArquillianResource
    URL base;

    private Api admin() {
        return Api.as(base, "admin");
    }

    @Test
    void aLongerLeadTimeIsWhatTheOfficePromisesAtOnceAndResetGoesBackToTheDefault() {
        admin().call().get("admin/settings").then().statusCode(200)
                .body("find { it.name == 'intake.lead-days' }.value", equalTo("10"))
                .body("find { it.name == 'intake.lead-days' }.source", equalTo("DEFAULT"));

        admin().call().body(Map.of("value", "12")).put("admin/settings/intake.lead-days").then().statusCode(200)
                .body("value", equalTo("12")).body("source", equalTo("ADMINISTRATOR"));
        Api.anonymous(base).queryParam("type", "translation").queryParam("hours", "1")
                .get("requests/earliest-delivery").then().statusCode(200).body("leadDays", equalTo(12));
        admin().call().get("admin/changes").then().statusCode(200)
                .body("findAll { it.kind == 'SETTING' }.subject", hasItem("intake.lead-days"));

        admin().call().delete("admin/settings/intake.lead-days").then().statusCode(200)
                .body("value", equalTo("10")).body("source", equalTo("DEFAULT"));
        Api.anonymous(base).queryParam("type", "translation").queryParam("hours", "1")
                .get("requests/earliest-delivery").then().statusCode(200).body("leadDays", equalTo(10));
    }

    @Test
    void aValueTheSettingCannotHaveIsRefusedOnTheValue() {
        admin().call().header("Accept-Language", "en").body(Map.of("value", "three days"))
                .put("admin/settings/deadline.triage-due").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("value"));
        admin().call().body(Map.of("value", "P3D")).put("admin/settings/no.such-setting").then().statusCode(404);
        admin().call().get("admin/settings").then().statusCode(200)
                .body("find { it.name == 'deadline.triage-due' }.value", equalTo("P2D"));
    }

    @Test
    void onlyAnAdministratorChangesTheSettings() {
        Api.as(base, "emily").call().get("admin/settings").then().statusCode(403);
        Api.as(base, "watanabe").call().body(Map.of("value", "P9D")).put("admin/settings/deadline.triage-due")
                .then().statusCode(403);
    }
}
