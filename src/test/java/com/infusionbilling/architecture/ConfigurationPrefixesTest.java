package com.infusionbilling.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.yaml.snakeyaml.Yaml;

/**
 * One configuration prefix per concern (issue 12 item 8): the application's own settings live under
 * these top-level keys only, each bound by its own properties class; everything else in
 * application.yaml belongs to a framework.
 */
class ConfigurationPrefixesTest {

  /** The application's concerns and the package that binds each one. */
  static final Map<String, String> CONCERNS =
      Map.of(
          "runtime", "com.infusionbilling.runtime",
          "billing", "com.infusionbilling.billing",
          "clearinghouse", "com.infusionbilling.clearinghouse",
          "lifecycle", "com.infusionbilling",
          "dashboard", "com.infusionbilling.dashboard",
          "security", "com.infusionbilling.security",
          "web", "com.infusionbilling.web");

  static final Set<String> FRAMEWORKS =
      Set.of("server", "spring", "springdoc", "management", "camunda", "logging");

  @Test
  void everyPropertiesClassBindsUnderOneOfTheConcerns() {
    var classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.infusionbilling");
    Map<String, String> prefixes = new HashMap<>();
    for (JavaClass c : classes) {
      if (!c.isAnnotatedWith(ConfigurationProperties.class)) {
        continue;
      }
      var a = c.getAnnotationOfType(ConfigurationProperties.class);
      String prefix = a.value().isEmpty() ? a.prefix() : a.value();
      String concern = prefix.split("\\.")[0];
      assertThat(CONCERNS)
          .as("%s binds %s, outside the application's concerns", c.getName(), prefix)
          .containsKey(concern);
      assertThat(c.getPackageName())
          .as("%s binds %s", c.getName(), prefix)
          .startsWith(CONCERNS.get(concern));
      assertThat(prefixes.put(prefix, c.getName())).as("%s is bound twice", prefix).isNull();
    }
    assertThat(prefixes).isNotEmpty();
  }

  @Test
  void applicationYamlUsesOnlyTheConcernsAndFrameworkKeys() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/application.yaml")) {
      Map<String, Object> yaml = new Yaml().load(in);
      Set<String> unknown = new TreeSet<>(yaml.keySet());
      unknown.removeAll(CONCERNS.keySet());
      unknown.removeAll(FRAMEWORKS);
      assertThat(unknown).as("top-level keys of application.yaml").isEmpty();
    }
  }

  @Test
  void theSitesZoneIsConfiguredOnce() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/application.yaml")) {
      List<String> zones = new java.util.ArrayList<>();
      collect("", new Yaml().load(in), zones);
      assertThat(zones).containsExactly("billing.zone");
    }
  }

  @SuppressWarnings("unchecked")
  private static void collect(String path, Object node, List<String> zones) {
    if (node instanceof Map<?, ?> map) {
      map.forEach(
          (k, v) -> {
            String key = path.isEmpty() ? k.toString() : path + "." + k;
            if (k.toString().equals("zone")) {
              zones.add(key);
            }
            collect(key, v, zones);
          });
    }
  }
}
