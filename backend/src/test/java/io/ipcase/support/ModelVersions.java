package io.ipcase.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.core.io.ClassPathResource;

/**
 * Versions of a model deployed by a test, as an earlier release of the application left
 * them running (the older models are kept under {@code models/} in the test resources).
 */
public final class ModelVersions {

    private ModelVersions() {
    }

    /** Deploys {@code xml} under {@code resourceName} and returns its definition. */
    public static ProcessDefinition deploy(RepositoryService repository, String deploymentName, String resourceName,
            String xml) {
        String deploymentId = repository.createDeployment()
            .name(deploymentName)
            .addString(resourceName, xml)
            .deploy()
            .getId();
        return repository.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult();
    }

    /** A model's XML from the classpath. */
    public static String text(String resource) {
        try {
            return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
