package com.infusionbilling.runtime.conformance;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.DeploymentEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DMN test resources (src/test/resources/dmn) deployed with a unique suffix on every decision id
 * and on the decision requirements id, so tests never see each other's decisions.
 */
abstract class DecisionConformanceSupport extends ConformanceSupport {

  private static final Pattern DECISION_ID = Pattern.compile("Decision_(\\w+)");
  private static final Pattern DEFINITIONS_ID =
      Pattern.compile("(<definitions[^>]*\\sid=\")([^\"]+)\"");

  /** A DMN test resource whose ids all end in the suffix. */
  static String dmn(String file, String suffix) {
    String xml;
    try (InputStream in = DecisionConformanceSupport.class.getResourceAsStream("/dmn/" + file)) {
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    xml = DECISION_ID.matcher(xml).replaceAll("Decision_$1_" + suffix);
    Matcher definitions = DEFINITIONS_ID.matcher(xml);
    return definitions.replaceFirst("$1$2_" + suffix + "\"");
  }

  /** The decision id of a test resource's decision, with the suffix. */
  static String decision(String name, String suffix) {
    return "Decision_" + name + "_" + suffix;
  }

  static String suffix() {
    return uniqueId("s").substring(2);
  }

  static DeploymentEvent deployDmn(CamundaClient client, String file, String suffix) {
    return client
        .newDeployResourceCommand()
        .addResourceString(dmn(file, suffix), StandardCharsets.UTF_8, file)
        .send()
        .join();
  }
}
