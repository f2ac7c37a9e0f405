package org.kakehashi.it.browser;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kakehashi.it.Api;
import org.kakehashi.it.TestOffice;
import org.openqa.selenium.By;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

/**
 * The administrator sets an office up on its pages — a department, a partner, a coordinator, a translator and a
 * reviewer for traditional Chinese, which nobody reviewed before, and the partner's contact — and a request from
 * the new department then goes to delivery to the new partner, worked by the new people only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
class OfficeSetUpBrowserIT {

    @ArquillianResource
    URL base;

    /** The office as the other tests know it: nobody else translates or reviews traditional Chinese in house. */
    @AfterEach
    void closeTheNewcomersAccounts() {
        for (String newcomer : List.of("chen", "gao")) {
            Api.as(base, "admin").call().delete("admin/people/{username}", newcomer);
        }
    }

    private static void addPerson(Browser browser, String username, String name, String department, String partner,
                                  String role, String languagePairs) {
        browser.set("username", username).set("displayName", name);
        if (department != null) {
            browser.choose("department", department);
        }
        if (partner != null) {
            browser.choose("partner", partner);
        }
        browser.set("languagePairs", languagePairs).set("password", TestOffice.PASSWORD);
        browser.driver().findElement(By.cssSelector("#roles input[value='" + role + "']")).click();
        browser.driver().findElement(By.cssSelector("#person-form button[type=submit]")).click();
        browser.textOnceItContains(By.id("people"), username);
    }

    @Test
    void anOfficeSetUpOnItsPagesDeliversANewDepartmentsRequestToItsNewPartner() throws Exception {
        try (Browser browser = Browser.open(base, "anOfficeSetUpOnItsPagesDeliversANewDepartmentsRequestToItsNewPartner")) {
            browser.logIn("admin", TestOffice.PASSWORD).go("office.html").await(By.cssSelector("#departments tr"));
            browser.set("department-code", "kouhou").set("department-nameJa", "広報広聴課")
                    .set("department-nameEn", "Public Relations Division")
                    .set("department-otherNames", "zh-Hant=公關廣聽課");
            browser.driver().findElement(By.cssSelector("#department-form button[type=submit]")).click();
            assertThat(browser.textOnceItContains(By.id("departments"), "kouhou")).contains("公關廣聽課");

            browser.set("partner-code", "taichung").set("partner-name", "臺中市政府")
                    .set("partner-country", "TW").set("partner-language", "zh-Hant-TW")
                    .set("partner-timeZone", "Asia/Taipei").set("partner-officeOpens", "08:00")
                    .set("partner-officeCloses", "17:00");
            browser.driver().findElement(By.cssSelector("#partner-form button[type=submit]")).click();
            assertThat(browser.textOnceItContains(By.id("partners"), "taichung")).contains("08:00–17:00");
            browser.textOnceItContains(By.id("changes"), "taichung");
            browser.photograph("office");

            browser.go("admin.html").await(By.cssSelector("#people tr"));
            addPerson(browser, "ishii", "石井", "kouhou", null, "requester", "");
            addPerson(browser, "okada", "岡田", "mirai-souzou", null, "coordinator", "");
            addPerson(browser, "chen", "陳", null, null, "linguist", "ja>zh-Hant");
            addPerson(browser, "gao", "高", "mirai-souzou", null, "reviewer", "ja>zh-Hant");
            addPerson(browser, "wu", "吳 (臺中)", null, "taichung", "partner", "");
            browser.photograph("people");
        }

        Api requester = Api.as(base, "ishii");
        String number = requester.call()
                .body(Map.of("sourceLanguage", "ja", "targetLanguages", List.of("zh-Hant"),
                        "partners", List.of("taichung"), "text", "市政だよりのご案内",
                        "wantedBy", LocalDate.now().plusDays(30).toString()))
                .post("requests").then().statusCode(201).extract().path("number");
        Api coordinator = Api.as(base, "okada");
        coordinator.complete(coordinator.taskFor(number, "triageRequest"), Map.of("outcome", "accept"));
        Api translator = Api.as(base, "chen");
        translator.complete(translator.taskFor(number, "translateRequest"), Map.of("translation", "市政簡訊介紹"));
        Api reviewer = Api.as(base, "gao");
        reviewer.complete(reviewer.taskFor(number, "reviewTranslation"), Map.of("outcome", "approve"));
        requester.awaitStatus(number, "DELIVERED");
        Api.as(base, "wu").call().post("requests/{number}/receipt", number)
                .then().statusCode(200).body("receiptsConfirmed", contains("taichung"));
    }
}
