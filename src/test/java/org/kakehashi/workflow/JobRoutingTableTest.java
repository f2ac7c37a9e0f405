package org.kakehashi.workflow;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The rows of {@code bpmn/job-routing.dmn}, evaluated by the DMN engine alone. */
class JobRoutingTableTest {

    private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    @ParameterizedTest(name = "{0} → {1}, {2} characters, {3}, {4}: {5} / {6}")
    @CsvSource(nullValues = "-", value = {
            "ja, zh-Hans, 300, PUBLIC_NOTICE, GENERAL, linguist, reviewer",
            "ja, zh-Hant-TW, 300, PUBLIC_NOTICE, GENERAL, linguist, reviewer",
            "ja, en, 300, PUBLIC_NOTICE, GENERAL, coordinator, reviewer",
            "ja, en-NZ, 300, PUBLIC_NOTICE, GENERAL, coordinator, reviewer",
            "ja, en, 20001, PUBLIC_NOTICE, GENERAL, linguist, reviewer",
            "en, ja, 300, PUBLIC_NOTICE, GENERAL, coordinator, reviewer",
            "ja, ko, 300, PUBLIC_NOTICE, GENERAL, linguist, external-reviewer",
            "zh-Hans, ja, 300, PUBLIC_NOTICE, GENERAL, linguist, external-reviewer",
            // laws, contracts and medical texts go to specialists even in the pair the coordinator translates
            "ja, en, 300, PUBLIC_NOTICE, LEGAL, linguist, external-reviewer",
            "ja, en, 300, WEB_PAGE, MEDICAL, linguist, external-reviewer",
            "ja, zh-Hans, 300, PUBLIC_NOTICE, MEDICAL, linguist, external-reviewer",
            // a long evacuation notice into English is not sent out: there is no time
            "ja, en, 45000, PUBLIC_NOTICE, DISASTER, coordinator, reviewer",
            "ja, vi, 300, PUBLIC_NOTICE, DISASTER, linguist, external-reviewer",
            // the coordinator writes the city's letters to a sister city in English, however long
            "ja, en, 30000, LETTER_TO_PARTNER, GENERAL, coordinator, reviewer",
            "ja, zh-Hans, 300, LETTER_TO_PARTNER, GENERAL, linguist, reviewer",
            // the easy-Japanese version of a Japanese text is rewritten in the office, even a long or a medical one
            "ja, ja, 300, PUBLIC_NOTICE, GENERAL, coordinator, reviewer",
            "ja, ja, 30000, WEB_PAGE, MEDICAL, coordinator, reviewer",
            // requests from before routing by topic, and those without a purpose, route by pair and size
            "ja, en, 300, -, -, coordinator, reviewer",
            "ja, en, 20001, -, -, linguist, reviewer"
    })
    void routesByPairSizeTopicAndPurpose(String source, String target, long characters, String purpose, String topic,
                                         String translators, String reviewers) throws IOException {
        DmnDecisionRuleResult route = evaluate(source, target, characters, purpose, topic);

        assertThat((String) route.getEntry("translatorGroup")).isEqualTo(translators);
        assertThat((String) route.getEntry("reviewerGroup")).isEqualTo(reviewers);
    }

    private static DmnDecisionRuleResult evaluate(String source, String target, long characters, String purpose,
                                                  String topic) throws IOException {
        try (InputStream table = JobRoutingTableTest.class.getResourceAsStream("/" + TranslationProcess.JOB_ROUTING_RESOURCE)) {
            DmnDecision decision = DMN.parseDecision(TranslationProcess.JOB_ROUTING_DECISION, table);
            return DMN.evaluateDecisionTable(decision, Variables.createVariables()
                    .putValue(TranslationProcess.SOURCE_LANGUAGE, source)
                    .putValue(TranslationProcess.TARGET, target)
                    .putValue(TranslationProcess.CHARACTERS, characters)
                    .putValue(TranslationProcess.PURPOSE, purpose)
                    .putValue(TranslationProcess.TOPIC, topic)).getSingleResult();
        }
    }
}
