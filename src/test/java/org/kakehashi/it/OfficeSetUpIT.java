package org.kakehashi.it;

import io.restassured.path.json.JsonPath;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The office set up through the administration API alone: a department, a partner with a contact, a translator
 * and a reviewer for a language pair nobody had, and then a request from the new department delivered to the new
 * partner; every change in the change log with before and after.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OfficeSetUpIT {

    private static final String PROBLEM_JSON = "application/problem+json";

    @ArquillianResource
    URL base;

    private Api admin() {
        return Api.as(base, "admin");
    }

    private static Map<String, Object> person(String username, String name, String department, String partner,
                                              List<String> roles, List<String> languagePairs) {
        Map<String, Object> person = new HashMap<>();
        person.put("username", username);
        person.put("displayName", name);
        person.put("department", department);
        person.put("partner", partner);
        person.put("roles", roles);
        person.put("languagePairs", languagePairs);
        person.put("password", TestOffice.PASSWORD);
        person.put("email", username + "@example.org");
        person.put("mailLanguage", partner == null ? "ja" : "zh-Hans");
        return person;
    }

    private static Map<String, Object> qinhuangdao() {
        Map<String, Object> partner = new HashMap<>();
        partner.put("code", "qinhuangdao");
        partner.put("name", "秦皇岛市人民政府外事办公室");
        partner.put("country", "CN");
        partner.put("language", "zh-Hans-CN");
        partner.put("otherLanguages", List.of("en"));
        partner.put("timeZone", "Asia/Shanghai");
        partner.put("officeOpens", "08:30");
        partner.put("officeCloses", "17:30");
        return partner;
    }

    @Test
    void anOfficeSetUpThroughTheAdministrationDeliversANewDepartmentsRequestToItsNewPartner()
            throws InterruptedException {
        admin().call().body(Map.of("code", "kankou", "nameJa", "観光振興課", "nameEn", "Tourism Promotion Division",
                        "otherNames", Map.of("zh-Hans", "观光振兴课")))
                .post("admin/departments").then().statusCode(201).body("otherNames.zh-Hans", equalTo("观光振兴课"));
        admin().call().body(qinhuangdao()).post("admin/partners").then().statusCode(201)
                .body("officeOpens", equalTo("08:30:00")).body("country", equalTo("CN"));
        Map<String, Object> shorterHours = qinhuangdao();
        shorterHours.put("officeCloses", "17:00");
        admin().call().body(shorterHours).put("admin/partners/qinhuangdao").then().statusCode(200)
                .body("officeCloses", equalTo("17:00:00"));
        admin().call().body(person("kobayashi", "小林", "kankou", null, List.of("requester"), List.of()))
                .post("admin/people").then().statusCode(201);
        admin().call().body(person("zhou", "周", null, null, List.of("linguist"), List.of("ja>zh-Hans")))
                .post("admin/people").then().statusCode(201).body("languagePairs", contains("ja>zh-Hans"));
        admin().call().body(person("sun", "孫", "mirai-souzou", null, List.of("reviewer"), List.of("ja>zh-Hans")))
                .post("admin/people").then().statusCode(201);
        admin().call().body(person("li", "李 (秦皇岛)", null, "qinhuangdao", List.of("partner"), List.of()))
                .post("admin/people").then().statusCode(201);
        admin().call().get("admin/partners").then().statusCode(200)
                .body("find { it.code == 'qinhuangdao' }.contacts.username", contains("li"));

        Api requester = Api.as(base, "kobayashi");
        String number = requester.call()
                .body(Map.of("sourceLanguage", "ja", "targetLanguages", List.of("zh-Hans"),
                        "partners", List.of("qinhuangdao"),
                        "text", "観光交流のご案内", "wantedBy", LocalDate.now().plusDays(30).toString()))
                .post("requests").then().statusCode(201).body("department", equalTo("kankou"))
                .extract().path("number");
        Api coordinator = Api.as(base, "emily");
        coordinator.complete(coordinator.taskFor(number, "triageRequest"), Map.of("outcome", "accept"));
        Api translator = Api.as(base, "zhou");
        translator.complete(translator.taskFor(number, "translateRequest"), Map.of("translation", "观光交流指南"));
        Api reviewer = Api.as(base, "sun");
        reviewer.complete(reviewer.taskFor(number, "reviewTranslation"), Map.of("outcome", "approve"));
        requester.awaitStatus(number, "DELIVERED");
        Api.as(base, "li").call().post("requests/{number}/receipt", number)
                .then().statusCode(200).body("receiptsConfirmed", contains("qinhuangdao"));

        JsonPath changes = admin().call().get("admin/changes").then().statusCode(200).extract().jsonPath();
        assertThat(changes.getList("findAll { it.kind == 'DEPARTMENT' }.subject")).contains("kankou");
        assertThat(changes.getList("findAll { it.kind == 'PARTNER' }.subject")).contains("qinhuangdao");
        String sun = changes.getString("find { it.kind == 'PERSON' && it.subject == 'sun' }.after");
        assertThat(sun).contains("\"languagePairs\":[\"ja>zh-Hans\"]").contains("\"roles\":[\"reviewer\"]");
    }

    @Test
    void aRenamedDepartmentIsInTheChangeLogAsItWasAndAsItIs() {
        admin().call().body(Map.of("code", "kyouiku", "nameJa", "教育総務課", "nameEn", "Education Division"))
                .post("admin/departments").then().statusCode(201);
        admin().call().body(Map.of("code", "kyouiku", "nameJa", "教育総務課",
                        "nameEn", "Board of Education General Affairs Division", "phone", "0144-32-6740"))
                .put("admin/departments/kyouiku").then().statusCode(200)
                .body("nameEn", equalTo("Board of Education General Affairs Division"));
        Api.as(base, "sato").call().get("directory/departments").then().statusCode(200)
                .body("find { it.code == 'kyouiku' }.nameEn", equalTo("Board of Education General Affairs Division"));

        JsonPath rename = admin().call().get("admin/changes").then().statusCode(200).extract().jsonPath();
        String before = rename.getString("find { it.subject == 'kyouiku' && it.before != null }.before");
        String after = rename.getString("find { it.subject == 'kyouiku' && it.before != null }.after");
        assertThat(before).contains("Education Division").doesNotContain("Board of");
        assertThat(after).contains("Board of Education General Affairs Division").contains("0144-32-6740");
        assertThat(rename.getString("find { it.subject == 'kyouiku' && it.before != null }.actor")).isEqualTo("admin");
    }

    @Test
    void aPartnerThatCannotBeRightIsRefusedNamingTheField() {
        Map<String, Object> zone = qinhuangdao();
        zone.put("code", "nowhere");
        zone.put("timeZone", "Asia/Qinhuangdao");
        admin().call().header("Accept-Language", "en").body(zone).post("admin/partners")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("timeZone"));
        Map<String, Object> hours = qinhuangdao();
        hours.put("code", "nowhere");
        hours.put("officeCloses", "08:00");
        admin().call().header("Accept-Language", "ja").body(hours).post("admin/partners")
                .then().statusCode(400).body("errors[0].field", equalTo("officeCloses"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("閉庁時刻"));
        Map<String, Object> country = qinhuangdao();
        country.put("code", "nowhere");
        country.put("country", "XK");
        admin().call().body(country).post("admin/partners")
                .then().statusCode(400).body("errors[0].field", equalTo("country"));
        admin().call().get("admin/partners").then().statusCode(200)
                .body("code", org.hamcrest.Matchers.not(hasItem("nowhere")));
    }

    @Test
    void aCodeIsTakenOnceAndNeverChanged() {
        admin().call().body(Map.of("code", "shimin", "nameJa", "市民課", "nameEn", "Citizens Division"))
                .post("admin/departments").then().statusCode(201);
        admin().call().body(Map.of("code", "shimin", "nameJa", "市民課", "nameEn", "Citizens Division"))
                .post("admin/departments").then().statusCode(409).body("errors[0].field", equalTo("code"));
        admin().call().body(Map.of("code", "shimin-ka", "nameJa", "市民課", "nameEn", "Citizens Division"))
                .put("admin/departments/shimin").then().statusCode(400).body("errors[0].field", equalTo("code"));
    }

    @Test
    void onlyAnAdministratorSetsUpTheOffice() {
        Api.as(base, "emily").call().get("admin/departments").then().statusCode(403).contentType(PROBLEM_JSON);
        Api.as(base, "emily").call().body(qinhuangdao()).post("admin/partners").then().statusCode(403);
        Api.as(base, "sato").call().get("admin/changes").then().statusCode(403);
    }

    @Test
    void aClosedDayAddedAndRemovedIsInTheChangeLog() {
        String day = LocalDate.now().getYear() + 1 + "-06-15";
        admin().call().body(Map.of("date", day, "reason", "市制記念日")).post("calendar/closed-days")
                .then().statusCode(200);
        admin().call().delete("calendar/closed-days/" + day).then().statusCode(204);
        JsonPath changes = admin().call().get("admin/changes").then().statusCode(200).extract().jsonPath();
        assertThat(changes.getList("findAll { it.kind == 'CLOSED_DAY' && it.subject == '" + day + "' }.after"))
                .anySatisfy(after -> assertThat((String) after).contains("市制記念日"));
        assertThat(changes.getList("findAll { it.kind == 'CLOSED_DAY' && it.subject == '" + day + "' }.before"))
                .anySatisfy(before -> assertThat((String) before).contains("市制記念日"));
    }

    @Test
    void anInterpreterIsOfferedAndBookedOnlyInTheModesTheAdministratorGaveThem() {
        // Korean, which no other test's interpreter speaks, so that the other tests' choices stay as they are
        Map<String, Object> yamamoto = person("yamamoto", "山本", null, null, List.of("linguist"), List.of("ko>ja"));
        yamamoto.put("interpretingModes", List.of("remote"));
        admin().call().body(yamamoto).post("admin/people").then().statusCode(201)
                .body("interpretingModes", contains("REMOTE"));
        LocalDate day = LocalDate.now().plusDays(90);
        String number = Api.as(base, "sato").call()
                .body(Map.of("type", "interpretation", "sourceLanguage", "ja", "targetLanguages", List.of("ko"),
                        "text", "表敬訪問の次第", "event", Map.of("start", day + "T10:00", "end", day + "T11:00",
                                "timeZone", "Asia/Tokyo", "place", "市長応接室", "mode", "consecutive")))
                .post("requests").then().statusCode(201).extract().path("number");
        Api coordinator = Api.as(base, "emily");
        assertThat(coordinator.call().queryParam("number", number).get("interpreting/interpreters")
                .then().statusCode(200).extract().jsonPath().getList("username"))
                .doesNotContain("yamamoto");
        coordinator.complete(coordinator.taskFor(number, "triageInterpretation"), Map.of("outcome", "accept"));
        String booking = coordinator.taskFor(number, "scheduleInterpretation");
        coordinator.call().body(Map.of("outcome", "schedule", "interpreter", "yamamoto"))
                .post("tasks/{id}/complete", booking)
                .then().statusCode(400).body("errors[0].field", equalTo("interpreter"));

        yamamoto.put("interpretingModes", List.of("remote", "consecutive"));
        yamamoto.remove("password");
        admin().call().body(yamamoto).put("admin/people/yamamoto").then().statusCode(200)
                .body("interpretingModes", contains("CONSECUTIVE", "REMOTE"));
        assertThat(coordinator.call().queryParam("number", number).get("interpreting/interpreters")
                .then().statusCode(200).extract().jsonPath().getList("username")).contains("yamamoto");
        coordinator.call().body(Map.of("outcome", "schedule", "interpreter", "yamamoto"))
                .post("tasks/{id}/complete", booking).then().statusCode(204);
    }
}
