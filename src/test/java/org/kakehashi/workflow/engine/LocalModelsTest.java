package org.kakehashi.workflow.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A routing table changed by the office, outside the WAR, routes the next jobs: no build in between. */
class LocalModelsTest {

    private static ProcessEngine engine;

    @BeforeAll
    static void engineWithTheShippedRoutingTable() throws IOException {
        engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:local-models;DB_CLOSE_DELAY=-1")
                .setProcessEngineName("local-models")
                .buildProcessEngine();
        engine.getRepositoryService().createDeployment().name("kakehashi")
                .addString("bpmn/job-routing.dmn", shippedTable()).deploy();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    private static String shippedTable() throws IOException {
        try (InputStream in = LocalModelsTest.class.getResourceAsStream("/bpmn/job-routing.dmn")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String translatorsFor(String target) {
        return engine.getDecisionService().evaluateDecisionTableByKey("jobRouting", Variables.createVariables()
                        .putValue("sourceLanguage", "ja").putValue("target", target)
                        .putValue("characters", 300L).putValue("purpose", "WEB_PAGE"))
                .getSingleResult().getEntry("translatorGroup");
    }

    @Test
    void aChangedTableInTheModelsDirectoryBecomesTheRoutingInForce(@TempDir Path models) throws IOException {
        assertThat(translatorsFor("en")).isEqualTo("coordinator");

        // the office hands English to the contracted linguist while the CIR is away
        Files.writeString(models.resolve("job-routing.dmn"), shippedTable()
                .replace("<outputEntry id=\"englishTranslator\"><text>\"coordinator\"</text>",
                        "<outputEntry id=\"englishTranslator\"><text>\"linguist\"</text>"));
        assertThat(LocalModels.deploy(engine.getRepositoryService(), models)).containsExactly("job-routing.dmn");

        assertThat(translatorsFor("en")).isEqualTo("linguist");
        assertThat(engine.getRepositoryService().createDecisionDefinitionQuery().decisionDefinitionKey("jobRouting")
                .latestVersion().singleResult().getVersion()).isEqualTo(2);
    }
}
