package com.infusionbilling.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.infusionbilling.worklist.FormValidator;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Fills a task form in the form-js viewer as a person would, field by field in the order shown
 * (fields a choice reveals included), reading what to enter from the form itself. Before a field
 * with a rule gets its valid value it gets a wrong one, and the viewer must show the rule's
 * sentence under it: so every pattern, date rule and cross-field bound of every form is checked in
 * the browser too.
 */
final class FormFiller {
  /** A valid value for each pattern the forms use; a new pattern needs one here. */
  static final Map<String, String> EXAMPLES =
      Map.ofEntries(
          Map.entry("^DOC-[A-Za-z0-9-]{3,40}$", "DOC-2026-0042"),
          Map.entry("^[A-TV-Z][0-9][0-9AB](\\.[0-9A-TV-Z]{1,4})?$", "K50.90"),
          Map.entry("^[A-Z0-9]{1,3}$", "0U"),
          Map.entry("^[A-Z][0-9]{4}$", "Q5103"),
          Map.entry("^[A-Za-z0-9-]{1,50}$", "GRP100"),
          Map.entry("^[A-Za-z0-9-]{2,80}$", "SUM555111222"),
          Map.entry("^[A-Za-z0-9-]{3,30}$", "REF-20261206"),
          Map.entry(
              "^[A-Za-z][0-9][0-9A-Za-z](\\.?[0-9A-Za-z]{1,4})?"
                  + "(\\s*,\\s*[A-Za-z][0-9][0-9A-Za-z](\\.?[0-9A-Za-z]{1,4})?){0,11}$",
              "K50.90, Z79.899"),
          Map.entry("^[0-9]{10}$", "1245319599"),
          Map.entry("^([A-Za-z0-9]{2}(\\s*,\\s*[A-Za-z0-9]{2}){0,3})?$", "JZ"),
          Map.entry("^([1-9]|1[0-2])(\\s*,\\s*([1-9]|1[0-2])){0,3}$", "1"));

  static final Pattern TODAY = Pattern.compile("^today(?:([+-])(\\d{1,5}))?$");

  private final Browser b;
  private final String formName;
  private final LocalDate today;
  private final Map<String, JsonNode> fields = new LinkedHashMap<>();
  private final Map<String, Object> entered = new LinkedHashMap<>();
  final List<String> probed = new ArrayList<>();

  /** The filled fields that state a rule: a pattern, a date rule, a bound set by another field. */
  final List<String> ruled = new ArrayList<>();

  /** A field whose broken rule is photographed for the README (docs/screenshots/task-form.png). */
  String screenshotAt;

  FormFiller(Browser b, String formName, JsonNode schema, LocalDate today) {
    this.b = b;
    this.formName = formName;
    this.today = today;
    collect(schema.path("components"));
  }

  private void collect(JsonNode components) {
    for (JsonNode c : components) {
      if (c.hasNonNull("key")) {
        fields.put(c.get("key").asText(), c);
      }
      collect(c.path("components"));
    }
  }

  static boolean readOnly(JsonNode field) {
    return field.path("readonly").asBoolean(false) || field.path("disabled").asBoolean(false);
  }

  String label(JsonNode field) {
    return FormValidator.label(field, field.get("key").asText());
  }

  /** The field's wrapper in the viewer, or null while it is hidden. */
  WebElement wrapper(JsonNode field) {
    return (WebElement)
        b.driver.executeScript(
            "const id = arguments[0];"
                + "const el = document.querySelector(`#task-form [id$='-${id}'],"
                + " #task-form [id$='-${id}-date'], #task-form [id$='-${id}-0'],"
                + " #task-form [id$='-${id}-display']`);"
                + "return el ? el.closest('.fjs-form-field') : null;",
            field.get("id").asText());
  }

  /** The read-only context the viewer shows: each field's value, as the person sees it. */
  Map<String, String> shownContext() {
    Map<String, String> shown = new LinkedHashMap<>();
    for (JsonNode f : fields.values()) {
      if (f.path("readonly").asBoolean(false)) {
        WebElement w = wrapper(f);
        if (w != null) {
          shown.put(
              f.get("key").asText(),
              w.findElement(By.cssSelector("input, textarea")).getAttribute("value"));
        }
      }
    }
    return shown;
  }

  /**
   * Fills every visible editable field, choosing {@code choices} where given (else the first
   * option); returns what was entered, as the process should receive it.
   */
  Map<String, Object> fill(Map<String, Object> choices) {
    Set<String> done = new HashSet<>();
    boolean progress = true;
    while (progress) {
      progress = false;
      for (JsonNode f : fields.values()) {
        String key = f.get("key").asText();
        if (done.contains(key) || readOnly(f)) {
          continue;
        }
        WebElement w = wrapper(f);
        if (w == null) {
          continue; // hidden for the choices made so far
        }
        done.add(key);
        if (hasRule(f)) {
          ruled.add(key);
        }
        probe(f, w);
        entered.put(key, enter(f, w, choices.get(key)));
        progress = true;
        break; // a choice may reveal fields: look again from the top
      }
    }
    return entered;
  }

  private Object enter(JsonNode f, WebElement w, Object choice) {
    String type = f.path("type").asText();
    JsonNode options = f.path("values");
    switch (type) {
      case "checkbox" -> {
        WebElement box = w.findElement(By.cssSelector("input[type=checkbox]"));
        if (!box.isSelected()) {
          box.click();
        }
        return true;
      }
      case "radio" -> {
        int index = optionIndex(options, choice);
        w.findElement(By.cssSelector("input[id$='-" + f.get("id").asText() + "-" + index + "']"))
            .click();
        return options.get(index).get("value").asText();
      }
      case "select" -> {
        int index = optionIndex(options, choice);
        w.findElement(By.cssSelector(".fjs-input-group")).click();
        String label = options.get(index).get("label").asText();
        b.waitFor(
                By.xpath(
                    "//*[contains(@class,'fjs-dropdownlist-item') and normalize-space()='"
                        + label
                        + "']"))
            .click();
        return options.get(index).get("value").asText();
      }
      case "datetime" -> {
        LocalDate date = choice == null ? today : LocalDate.parse(choice.toString());
        type(f, displayed(f, date));
        return date.toString();
      }
      case "number" -> {
        BigDecimal value = choice == null ? number(f) : new BigDecimal(choice.toString());
        type(f, value.toPlainString());
        return value;
      }
      default -> {
        String text = choice == null ? text(f) : choice.toString();
        type(f, text);
        return text;
      }
    }
  }

  private static int optionIndex(JsonNode options, Object choice) {
    for (int i = 0; i < options.size(); i++) {
      if (choice == null || options.get(i).get("value").asText().equals(choice.toString())) {
        return i;
      }
    }
    throw new AssertionError("no option " + choice + " in " + options);
  }

  private BigDecimal number(JsonNode f) {
    JsonNode validate = f.path("validate");
    BigDecimal value = BigDecimal.ONE;
    if (validate.path("min").isNumber()
        && validate.get("min").decimalValue().compareTo(value) > 0) {
      value = validate.get("min").decimalValue();
    }
    if (validate.path("max").isNumber()
        && validate.get("max").decimalValue().compareTo(value) < 0) {
      value = validate.get("max").decimalValue();
    }
    return value;
  }

  private String text(JsonNode f) {
    String pattern = f.path("validate").path("pattern").asText("");
    if (!pattern.isEmpty()) {
      String example = EXAMPLES.get(pattern);
      assertThat(example)
          .as(
              formName
                  + " / "
                  + f.get("key").asText()
                  + ": no example value for the pattern "
                  + pattern
                  + "; add one to FormFiller.EXAMPLES")
          .isNotNull();
      return example;
    }
    return f.path("type").asText().equals("textarea")
        ? "Checked with the payer; reference noted."
        : "Reviewed";
  }

  /** The date as the viewer's date picker shows it (its placeholder names the format). */
  private String displayed(JsonNode f, LocalDate date) {
    String placeholder = input(f).getAttribute("placeholder");
    String format =
        placeholder == null || placeholder.isBlank()
            ? "MM/dd/yyyy"
            : placeholder.toLowerCase().replace("mm", "MM").replace("m", "M");
    return date.format(DateTimeFormatter.ofPattern(format));
  }

  /** The field's text input (found afresh: the viewer re-renders fields as data changes). */
  private WebElement input(JsonNode f) {
    WebElement w = wrapper(f);
    assertThat(w).as(formName + " / " + f.get("key").asText() + " shown").isNotNull();
    return w.findElement(By.cssSelector("input:not([type=hidden]), textarea"));
  }

  /**
   * Replaces the input's text as a person would, then leaves the field; checks the viewer kept it
   * (a busy page can drop keys, and a field re-rendered meanwhile loses what was typed into it).
   */
  private void type(JsonNode f, String text) {
    boolean date = f.path("type").asText().equals("datetime");
    for (int attempt = 0; attempt < 4; attempt++) {
      try {
        WebElement input = input(f);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        String left = input.getAttribute("value");
        for (int i = 0; left != null && i < left.length(); i++) {
          input.sendKeys(Keys.END, Keys.BACK_SPACE);
        }
        input.sendKeys(text);
        if (!text.equals(input.getAttribute("value"))) {
          continue;
        }
        input.sendKeys(Keys.TAB);
        new WebDriverWait(b.driver, Duration.ofSeconds(3))
            .ignoring(StaleElementReferenceException.class)
            .until(
                d -> {
                  String v = input(f).getAttribute("value");
                  return date ? v != null && !v.isBlank() : text.equals(v);
                });
        return;
      } catch (StaleElementReferenceException | TimeoutException e) {
        // typed into a field the viewer replaced: type again
      }
    }
    throw new AssertionError(
        formName + " / " + f.get("key").asText() + ": '" + text + "' not kept");
  }

  static boolean hasRule(JsonNode f) {
    return f.path("validate").has("pattern")
        || f.path("properties").has("notBefore")
        || f.path("properties").path("notAfter").asText("").equals("today")
        || f.path("validate").path("max").asText("").startsWith("=");
  }

  /** Enters a value the field's rule refuses and waits for the viewer to say so under it. */
  private void probe(JsonNode f, WebElement w) {
    String label = label(f);
    JsonNode validate = f.path("validate");
    String wrong = null;
    String expected = null;
    if (validate.has("pattern")) {
      wrong = "not valid!";
      expected = validate.path("patternErrorMessage").asText();
    } else if (f.path("type").asText().equals("datetime") && f.has("properties")) {
      String notAfter = f.path("properties").path("notAfter").asText("");
      String notBefore = f.path("properties").path("notBefore").asText("");
      Matcher after = TODAY.matcher(notAfter);
      Matcher before = TODAY.matcher(notBefore);
      if (notAfter.equals("today")) {
        wrong = displayed(f, today.plusDays(1));
        expected = label + " cannot be in the future.";
      } else if (notBefore.equals("today")) {
        wrong = displayed(f, today.minusDays(1));
        expected = label + " cannot be in the past.";
      } else if (before.matches() && "-".equals(before.group(1))) {
        int days = Integer.parseInt(before.group(2));
        wrong = displayed(f, today.minusDays(days + 1L));
        expected =
            label
                + " must be within the last "
                + days
                + " days (on or after "
                + today.minusDays(days)
                + ").";
      } else if (!notBefore.isEmpty() && entered.get(notBefore) instanceof String other) {
        wrong = displayed(f, LocalDate.parse(other).minusDays(1));
        expected = label + " cannot be before " + label(fields.get(notBefore)) + ".";
      } else if (after.matches()) {
        return;
      }
    } else if (validate.path("max").asText("").startsWith("=")) {
      String other = validate.get("max").asText().substring(1).strip();
      if (entered.get(other) instanceof BigDecimal bound) {
        wrong = bound.add(BigDecimal.ONE).toPlainString();
        expected = "Field must have maximum value of " + bound.toPlainString() + ".";
      }
    }
    if (wrong == null) {
      return;
    }
    type(f, wrong);
    String shown = expected;
    new WebDriverWait(b.driver, Duration.ofSeconds(40))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d ->
                wrapper(f).findElements(By.cssSelector(".fjs-form-field-error")).stream()
                    .anyMatch(e -> e.getText().contains(shown)));
    probed.add(f.get("key").asText() + ": " + expected);
    if (f.get("key").asText().equals(screenshotAt)) {
      try {
        b.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", wrapper(f));
        b.screenshot("task-form");
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
