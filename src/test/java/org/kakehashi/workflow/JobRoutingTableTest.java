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

    @ParameterizedTest(name = "{0} → {1}, {2} characters: {3} / {4}")
    @CsvSource({
            "ja, zh-Hans, 300, linguist, reviewer",
            "ja, zh-Hant-TW, 300, linguist, reviewer",
            "ja, en, 300, coordinator, reviewer",
            "ja, en-NZ, 300, coordinator, reviewer",
            "ja, en, 20001, linguist, reviewer",
            "en, ja, 300, coordinator, reviewer",
            "ja, ko, 300, linguist, external-reviewer",
            "zh-Hans, ja, 300, linguist, external-reviewer"
    })
    void routes(String source, String target, long characters, String translators, String reviewers)
            throws IOException {
        DmnDecisionRuleResult route = evaluate(source, target, characters);

        assertThat((String) route.getEntry("translatorGroup")).isEqualTo(translators);
        assertThat((String) route.getEntry("reviewerGroup")).isEqualTo(reviewers);
    }

    private static DmnDecisionRuleResult evaluate(String source, String target, long characters)
            throws IOException {
        try (InputStream table = JobRoutingTableTest.class.getResourceAsStream("/" + TranslationProcess.JOB_ROUTING_RESOURCE)) {
            DmnDecision decision = DMN.parseDecision(TranslationProcess.JOB_ROUTING_DECISION, table);
            return DMN.evaluateDecisionTable(decision, Variables.createVariables()
                    .putValue(TranslationProcess.SOURCE_LANGUAGE, source)
                    .putValue(TranslationProcess.TARGET, target)
                    .putValue(TranslationProcess.CHARACTERS, characters)
                    .putValue(TranslationProcess.PURPOSE, "PUBLIC_NOTICE")).getSingleResult();
        }
    }
}
