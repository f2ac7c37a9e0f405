package org.kakehashi.it.browser;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kakehashi.it.TestOffice;
import org.openqa.selenium.By;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/** A developer reads the API on its page, drawn by Swagger UI from the server's description, with nothing from a CDN. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
class ApiPageBrowserIT {

    @ArquillianResource
    URL base;

    @Test
    void theAdministratorFindsTheApiPageInTheNavigationAndReadsEveryEndpointOnIt() throws Exception {
        try (Browser browser = Browser.open(base, "theAdministratorFindsTheApiPageInTheNavigationAndReadsEveryEndpoint")) {
            browser.useLanguage("en").logIn("admin", TestOffice.PASSWORD).go("office.html")
                    .await(By.cssSelector("header nav a[href='api.html']"));
            browser.driver().findElement(By.cssSelector("header nav a[href='api.html']")).click();

            String paths = browser.await(By.cssSelector("#swagger-ui .opblock-summary-path"))
                    .textOnceItContains(By.id("swagger-ui"), "/api/admin/webhooks");
            assertThat(paths).contains("/api/requests/{number}", "/api/public/requests");
            browser.photograph("api");
        }
    }
}
