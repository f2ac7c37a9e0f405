package org.kakehashi.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kakehashi.calendar.CityClosedDays;
import org.kakehashi.platform.settings.OfficeSettings;
import org.kakehashi.privacy.PersonalDataFinding;
import org.kakehashi.privacy.PersonalDataScanner;
import org.kakehashi.platform.settings.Setting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The city's intake rules (the office's settings, with defaults from common practice): a translation needs
 * {@code intake.lead-days} business days, an interpreter {@code intake.interpreting-lead-days} before the event, a
 * citizen's text at most {@code intake.citizen-characters} characters, and religious, political and commercial
 * texts are not taken on. A request that breaks a rule is still received; the findings go to the coordinator, with
 * the personal data its text holds (a My Number, a phone number …), kind by kind, before it travels further.
 */
@ApplicationScoped
public class IntakeRules {

    private static final Set<Topic> REFUSED = EnumSet.of(Topic.RELIGIOUS, Topic.POLITICAL, Topic.COMMERCIAL);

    @Inject
    CityClosedDays closedDays;
    @Inject
    OfficeSettings settings;
    @Inject
    PersonalDataScanner personalData;

    public List<IntakeFinding> check(RequestType type, LocalDate today, LocalDate wantedBy, String text,
                                     long characters, boolean fromCitizen, Topic topic) {
        List<IntakeFinding> findings = new ArrayList<>();
        int leadDays = leadDays(type);
        int businessDays = closedDays.calendar().businessDaysBetween(today, wantedBy);
        if (businessDays < leadDays) {
            findings.add(new IntakeFinding(IntakeFinding.Kind.SHORT_LEAD_TIME, businessDays + "|" + leadDays));
        }
        int citizenLimit = settings.number(Setting.CITIZEN_CHARACTERS);
        if (fromCitizen && characters > citizenLimit) {
            findings.add(new IntakeFinding(IntakeFinding.Kind.OVER_CITIZEN_LIMIT, characters + "|" + citizenLimit));
        }
        if (topic != null && REFUSED.contains(topic)) {
            findings.add(new IntakeFinding(IntakeFinding.Kind.REFUSED_TOPIC, topic.name()));
        }
        if (text != null) {
            personalData.scan(text).stream()
                    .collect(Collectors.groupingBy(PersonalDataFinding::kind, TreeMap::new, Collectors.counting()))
                    .forEach((kind, count) -> findings.add(
                            new IntakeFinding(IntakeFinding.Kind.PERSONAL_DATA, kind.name() + "|" + count)));
        }
        return findings;
    }

    /** The business days the office asks for between receiving a request of this type and its date. */
    public int leadDays(RequestType type) {
        return settings.number(type == RequestType.INTERPRETATION ? Setting.INTERPRETING_LEAD_DAYS : Setting.LEAD_DAYS);
    }
}
