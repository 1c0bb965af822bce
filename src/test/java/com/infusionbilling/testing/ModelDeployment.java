package com.infusionbilling.testing;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.DeploymentEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Deploys every model in {@code bpmn/} and every form in {@code forms/} in one deployment. */
public final class ModelDeployment {
  /** Generous: the build machine may be busy, and a deployment parses every model. */
  static final java.time.Duration TIMEOUT = java.time.Duration.ofSeconds(60);

  private ModelDeployment() {}

  public static List<Path> resources() {
    try (Stream<Path> bpmn = Files.list(Path.of("bpmn"));
        Stream<Path> forms = Files.list(Path.of("forms"))) {
      return Stream.concat(bpmn, forms)
          .filter(p -> p.toString().matches(".*\\.(bpmn|dmn|form)"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public static DeploymentEvent deployAll(CamundaClient client) {
    List<Path> files = resources();
    var command = client.newDeployResourceCommand().addResourceFile(files.get(0).toString());
    for (Path f : files.subList(1, files.size())) {
      command = command.addResourceFile(f.toString());
    }
    return command.requestTimeout(TIMEOUT).send().join();
  }

  /** Deploys only the given files (for processes whose called elements the test mocks). */
  public static DeploymentEvent deploy(CamundaClient client, String... files) {
    var command = client.newDeployResourceCommand().addResourceFile(files[0]);
    for (int i = 1; i < files.length; i++) {
      command = command.addResourceFile(files[i]);
    }
    return command.requestTimeout(TIMEOUT).send().join();
  }
}
