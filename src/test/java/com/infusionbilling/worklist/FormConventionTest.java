package com.infusionbilling.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every form in {@code forms/} follows docs/forms.md, so that the browser and the server check the
 * same constraints: keys the server can read, messages that are sentences, date rules that resolve,
 * and every rule a field's description promises stated in the form.
 */
class FormConventionTest {
  static final Set<String> KEYED_TYPES =
      Set.of(
          "textfield",
          "textarea",
          "number",
          "checkbox",
          "radio",
          "select",
          "checklist",
          "taglist",
          "datetime");
  static final Pattern BOUND = Pattern.compile("^today(?:[+-]\\d{1,5})?$");

  record FormField(String form, JsonNode node) {
    String key() {
      return node.path("key").asText(null);
    }

    String where() {
      return form + " / " + (key() == null ? node.path("id").asText() : key());
    }

    String label() {
      return FormValidator.label(node, key());
    }
  }

  static Map<String, JsonNode> forms() throws IOException {
    Map<String, JsonNode> forms = new TreeMap<>();
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".form")).toList()) {
        forms.put(f.getFileName().toString(), new ObjectMapper().readTree(f.toFile()));
      }
    }
    assertThat(forms).isNotEmpty();
    return forms;
  }

  static List<FormField> fields(String form, JsonNode schema) {
    List<FormField> out = new ArrayList<>();
    collect(form, schema.path("components"), out);
    return out;
  }

  private static void collect(String form, JsonNode components, List<FormField> out) {
    for (JsonNode c : components) {
      out.add(new FormField(form, c));
      collect(form, c.path("components"), out);
    }
  }

  static List<FormField> allFields() throws IOException {
    List<FormField> all = new ArrayList<>();
    forms().forEach((file, schema) -> all.addAll(fields(file, schema)));
    return all;
  }

  @Test
  void keysAreFlatProcessVariablesOfTypesTheServerChecks() throws IOException {
    for (FormField f : allFields()) {
      if (f.key() != null) {
        assertThat(f.key()).as(f.where() + ": a flat variable name").matches("[A-Za-z_]\\w*");
        assertThat(f.node().path("type").asText())
            .as(f.where() + ": a keyed type the server checks")
            .isIn(KEYED_TYPES);
        if (f.node().path("type").asText().equals("datetime")
            && !f.node().path("subtype").asText("date").equals("date")) {
          assertThat(f.node().path("subtype").asText())
              .as(f.where() + ": a date, or a date and time")
              .isEqualTo("datetime");
          assertThat(f.node().path("timeSerializingFormat").asText())
              .as(f.where() + ": a date and time at the site, without a zone")
              .isEqualTo("no_timezone");
        }
      } else if (f.node().path("type").asText().equals("dynamiclist")) {
        assertThat(f.node().path("path").asText(""))
            .as(f.where() + ": a repeating list binds one flat variable")
            .matches("[A-Za-z_]\\w*");
      } else {
        assertThat(f.node().has("path")).as(f.where() + ": groups without a data path").isFalse();
        assertThat(f.node().path("isRepeating").asBoolean(false))
            .as(f.where() + ": only dynamic lists repeat")
            .isFalse();
      }
    }
  }

  @Test
  void everyPatternComesWithASentenceToShowInsteadOfTheRegularExpression() throws IOException {
    for (FormField f : allFields()) {
      JsonNode validate = f.node().path("validate");
      if (validate.has("pattern")) {
        String message = validate.path("patternErrorMessage").asText("");
        assertThat(message).as(f.where() + ": patternErrorMessage").isNotBlank();
        assertThat(message)
            .as(f.where() + ": a sentence saying what to enter, not the pattern")
            .endsWith(".")
            .doesNotContain(validate.get("pattern").asText())
            .doesNotContain("^", "[", "{", "\\");
      }
    }
  }

  @Test
  void dateRulesAreTodayOrAnotherDateOfTheForm() throws IOException {
    for (var form : forms().entrySet()) {
      List<FormField> fields = fields(form.getKey(), form.getValue());
      Set<String> dates = new java.util.HashSet<>();
      fields.stream()
          .filter(f -> f.node().path("type").asText().equals("datetime"))
          .forEach(f -> dates.add(f.key()));
      for (FormField f : fields) {
        var properties = f.node().path("properties").fieldNames();
        while (properties.hasNext()) {
          String name = properties.next();
          assertThat(name)
              .as(f.where() + ": a custom property docs/forms.md defines")
              .isIn(FormValidator.RULE_PROPERTIES);
          assertThat(f.node().path("type").asText())
              .as(f.where() + ": date rules on a date field")
              .isEqualTo("datetime");
          String rule = f.node().path("properties").path(name).asText();
          assertThat(BOUND.matcher(rule).matches() || dates.contains(rule))
              .as(f.where() + ": " + name + " = " + rule + " is today±N or a date field")
              .isTrue();
        }
      }
    }
  }

  /** A promise in a field's description and the rule that keeps it. */
  record Promise(Pattern text, java.util.function.BiPredicate<FormField, Matcher> kept) {}

  static String property(FormField f, String name) {
    return f.node().path("properties").path(name).asText("");
  }

  static final List<Promise> PROMISES =
      List.of(
          new Promise(
              Pattern.compile("not in the future"),
              (f, m) -> property(f, "notAfter").equals("today")),
          new Promise(
              Pattern.compile("today or later"),
              (f, m) -> property(f, "notBefore").equals("today")),
          new Promise(
              Pattern.compile("within the last (\\d+) days"),
              (f, m) ->
                  property(f, "notBefore").equals("today-" + m.group(1))
                      && property(f, "notAfter").equals("today")),
          new Promise(
              Pattern.compile("not be before '([^']+)'"),
              (f, m) -> !property(f, "notBefore").isEmpty()),
          new Promise(
              Pattern.compile("cannot exceed the ([a-z -]+)"),
              (f, m) -> f.node().path("validate").path("max").asText("").startsWith("=")));

  @Test
  void whatADescriptionPromisesTheFormStates() throws IOException {
    int promises = 0;
    for (FormField f : allFields()) {
      String description = f.node().path("description").asText("").toLowerCase(Locale.ROOT);
      for (Promise p : PROMISES) {
        Matcher m = p.text().matcher(description);
        if (m.find()) {
          promises++;
          assertThat(p.kept().test(f, m))
              .as(f.where() + " promises '" + m.group() + "': state the rule (docs/forms.md)")
              .isTrue();
        }
      }
    }
    assertThat(promises).as("the forms' promises were found").isGreaterThanOrEqualTo(5);
  }

  /**
   * Inside a repeating entry the form-js viewer resolves plain names to the form's data, not to the
   * entry: an expression about a field of the entry must say {@code this.field}, or the browser
   * evaluates it against nothing (a hidden field that never shows, a bound that never applies).
   */
  @Test
  void expressionsInsideAListEntryNameTheEntrysFieldsThroughThis() throws IOException {
    for (var form : forms().entrySet()) {
      for (FormField list : fields(form.getKey(), form.getValue())) {
        if (!"dynamiclist".equals(list.node().path("type").asText())) {
          continue;
        }
        Set<String> entryKeys = new java.util.HashSet<>();
        list.node().path("components").forEach(c -> entryKeys.add(c.path("key").asText("")));
        for (JsonNode c : list.node().path("components")) {
          List<String> expressions = new ArrayList<>();
          expressions.add(c.path("conditional").path("hide").asText(""));
          expressions.add(c.path("validate").path("min").asText(""));
          expressions.add(c.path("validate").path("max").asText(""));
          for (String expression : expressions) {
            if (!expression.startsWith("=")) {
              continue;
            }
            for (String key : entryKeys) {
              if (!key.isEmpty()
                  && Pattern.compile("(?<![.\\w])" + Pattern.quote(key) + "(?!\\w)")
                      .matcher(expression)
                      .find()) {
                throw new AssertionError(
                    form.getKey()
                        + " / "
                        + c.path("key").asText()
                        + ": '"
                        + expression
                        + "' names the entry's "
                        + key
                        + "; write this."
                        + key
                        + " (docs/forms.md)");
              }
            }
          }
        }
      }
    }
  }

  @Test
  void approvedToBeforeApprovedFromIsAnErrorNotAWarning() throws IOException {
    JsonNode form = forms().get("follow-up-with-payer.form");
    FormField approvedTo =
        fields("follow-up-with-payer.form", form).stream()
            .filter(f -> "approvedTo".equals(f.key()))
            .findFirst()
            .orElseThrow();
    assertThat(property(approvedTo, "notBefore")).isEqualTo("approvedFrom");
  }
}
