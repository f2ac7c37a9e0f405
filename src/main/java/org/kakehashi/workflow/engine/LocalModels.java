package org.kakehashi.workflow.engine;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Models a city keeps outside the WAR (the directory {@code KAKEHASHI_MODELS_DIR}): a changed routing table placed
 * there is deployed at the next start, without a build. A file named like one of the WAR's becomes the newest
 * version of its process or decision; an unchanged file is not deployed again.
 */
public final class LocalModels {

    private LocalModels() {
    }

    /** @return the names of the files found, deployed or (unchanged) not */
    public static List<String> deploy(RepositoryService repository, Path directory) {
        DeploymentBuilder deployment = repository.createDeployment()
                .name("kakehashi-local")
                .enableDuplicateFiltering(true);
        List<Path> models;
        try (Stream<Path> files = Files.list(directory)) {
            models = files.filter(f -> f.toString().endsWith(".bpmn") || f.toString().endsWith(".dmn"))
                    .sorted()
                    .toList();
            for (Path model : models) {
                deployment.addString("bpmn/" + model.getFileName(), Files.readString(model));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the models in " + directory, e);
        }
        if (!models.isEmpty()) {
            deployment.deploy();
        }
        return models.stream().map(m -> m.getFileName().toString()).toList();
    }
}
