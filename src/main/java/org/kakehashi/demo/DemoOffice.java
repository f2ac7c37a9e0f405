package org.kakehashi.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import org.kakehashi.account.Accounts;
import org.kakehashi.directory.Department;
import org.kakehashi.directory.Directory;
import org.kakehashi.directory.OfficeHours;
import org.kakehashi.directory.Partner;
import org.kakehashi.directory.Person;
import org.kakehashi.platform.config.StartSettings;
import org.kakehashi.request.InterpretingEvent;
import org.kakehashi.request.InterpretingMode;
import org.kakehashi.interpreting.Interpreters;
import org.kakehashi.language.LanguagePair;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.Role;
import org.kakehashi.request.NewRequest;
import org.kakehashi.request.RequestSubmission;
import org.kakehashi.request.RequestType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The demo office of the run command ({@code -Dkakehashi.demo=true}): the departments, partners and people of
 * {@code demo/office.json}, each with the demo password, and on first start the fiscal year so far
 * ({@link DemoHistory}) and a few translation requests and an interpretation request waiting for triage. Never on
 * without the flag.
 */
@ApplicationScoped
public class DemoOffice {

    private static final Logger LOG = Logger.getLogger(DemoOffice.class.getName());
    /** Everyone's password in the demo office: obviously a demo's, and printed at every start. */
    static final String PASSWORD = "kakehashi-demo-2026";

    @Inject
    Directory directory;
    @Inject
    RequestSubmission submission;
    @Inject
    Clock clock;
    @Inject
    Accounts accounts;
    @Inject
    DemoHistory history;
    @Inject
    Interpreters interpreters;
    @Inject
    StartSettings settings;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600)
                 @Initialized(ApplicationScoped.class) Object started) {
        if (settings.demo()) {
            open();
        }
    }

    @Transactional
    public void open() {
        JsonObject office = read();
        boolean firstStart = directory.people().isEmpty();
        office.getJsonArray("departments").getValuesAs(JsonObject.class).forEach(d -> directory.addIfAbsent(
                new Department(d.getString("code"), d.getString("nameJa"), d.getString("nameEn"),
                        d.getString("phone", null))));
        office.getJsonArray("partners").getValuesAs(JsonObject.class).forEach(p -> directory.addIfAbsent(partner(p)));
        office.getJsonArray("people").getValuesAs(JsonObject.class).forEach(p -> directory.addIfAbsent(
                new Person(p.getString("username"), p.getString("displayName"), p.getString("department", null),
                        p.getString("partner", null), roles(p), languagePairs(p))));
        office.getJsonArray("people").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.containsKey("interpretingModes"))
                .filter(p -> interpreters.modesOf(p.getString("username")).isEmpty())
                .forEach(p -> interpreters.interpretIn(p.getString("username"), modes(p)));
        if (firstStart) {
            JsonObject past = office.getJsonObject("history");
            history.lay(strings(past, "texts"), strings(past, "englishTexts"));
            office.getJsonArray("requests").getValuesAs(JsonObject.class).forEach(this::submit);
            office.getJsonArray("interpretations").getValuesAs(JsonObject.class).forEach(this::submitInterpretation);
        }
        office.getJsonArray("people").getValuesAs(JsonObject.class).stream().filter(p -> p.containsKey("email"))
                .forEach(p -> directory.person(p.getString("username")).filter(person -> person.email().isEmpty())
                        .ifPresent(person -> person.reachAt(p.getString("email"),
                                LanguageTag.of(p.getString("mailLanguage", "ja")))));
        directory.people().stream()
                .filter(p -> !accounts.hasPassword(p.username()))
                .forEach(p -> accounts.setPassword(p.username(), PASSWORD, "kakehashi", "demo"));
        LOG.info(() -> "DEMO MODE - log in at http://localhost:8080/login.html as any of these people, each with "
                + "the password " + PASSWORD + ": " + directory.people().stream()
                .map(p -> p.username() + " " + p.roles().stream().map(Role::groupName).sorted().toList())
                .collect(Collectors.joining(", ")));
    }

    private void submit(JsonObject r) {
        String requester = r.getString("requester");
        Person person = directory.people().stream().filter(p -> p.username().equals(requester)).findFirst()
                .orElseThrow(() -> new IllegalStateException("demo requester missing: " + requester));
        submission.submit(new Caller(person.username(), person.roles(), person.department()),
                new NewRequest(RequestType.TRANSLATION, null, null, LanguageTag.of(r.getString("sourceLanguage")),
                        r.getJsonArray("targetLanguages").getValuesAs(JsonString.class).stream()
                                .map(tag -> LanguageTag.of(tag.getString())).toList(),
                        Map.of(), r.getString("text"), LocalDate.now(clock).plusDays(r.getInt("wantedInDays")),
                        null, Set.of(), null));
    }

    private void submitInterpretation(JsonObject r) {
        Person person = directory.person(r.getString("requester"))
                .orElseThrow(() -> new IllegalStateException("demo requester missing: " + r.getString("requester")));
        LocalDate day = LocalDate.now(clock).plusDays(r.getInt("inDays"));
        submission.submit(new Caller(person.username(), person.roles(), person.department()),
                new NewRequest(RequestType.INTERPRETATION, null, null, LanguageTag.of(r.getString("sourceLanguage")),
                        List.of(LanguageTag.of(r.getString("targetLanguage"))), Map.of(), r.getString("text"), null,
                        new InterpretingEvent(day.atTime(LocalTime.parse(r.getString("from"))).atZone(clock.getZone()),
                                day.atTime(LocalTime.parse(r.getString("to"))).atZone(clock.getZone()),
                                r.getString("place"), InterpretingMode.valueOf(r.getString("mode")),
                                r.getString("audience")),
                        Set.of(), null));
    }

    private static Partner partner(JsonObject p) {
        LanguageTag language = LanguageTag.of(p.getString("language"));
        ZoneId zone = ZoneId.of(p.getString("timeZone"));
        Partner partner = new Partner(p.getString("code"), p.getString("name"), language, zone);
        OfficeHours hours = new OfficeHours(LocalTime.parse(p.getString("officeOpens")),
                LocalTime.parse(p.getString("officeCloses")));
        partner.describe(partner.name(), p.getString("country"), language, Set.of(), zone, hours);
        return partner;
    }

    private static List<String> strings(JsonObject object, String name) {
        return object.getJsonArray(name).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static Set<Role> roles(JsonObject person) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (JsonValue role : person.getJsonArray("roles")) {
            String name = ((JsonString) role).getString();
            roles.add(Role.fromGroupName(name).orElseThrow(() -> new IllegalStateException("unknown role " + name)));
        }
        return roles;
    }

    private static Set<InterpretingMode> modes(JsonObject person) {
        return person.getJsonArray("interpretingModes").getValuesAs(JsonString.class).stream()
                .map(mode -> InterpretingMode.valueOf(mode.getString()))
                .collect(Collectors.toSet());
    }

    private static Set<LanguagePair> languagePairs(JsonObject person) {
        if (!person.containsKey("languagePairs")) {
            return Set.of();
        }
        return person.getJsonArray("languagePairs").getValuesAs(JsonString.class).stream()
                .map(pair -> LanguagePair.parse(pair.getString()))
                .collect(Collectors.toSet());
    }

    private static JsonObject read() {
        try (InputStream in = DemoOffice.class.getResourceAsStream("/demo/office.json");
             JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
