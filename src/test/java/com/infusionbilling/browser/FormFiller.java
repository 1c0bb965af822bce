package com.infusionbilling.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.infusionbilling.worklist.FormValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * (fields a choice reveals included; the first entry of each repeating list), reading what to enter
 * from the form itself. Before a field with a rule gets its valid value it gets a wrong one, and
 * the viewer must show the rule's sentence under it: so every pattern, date rule and cross-field
 * bound of every form is checked in the browser too.
 */
final class FormFiller {
  /** A valid value for each pattern the forms use; a new pattern needs one here. */
  static final Map<String, String> EXAMPLES =
      Map.ofEntries(
          Map.entry("^DOC-[A-Za-z0-9-]{3,40}$", "DOC-2026-0042"),
          Map.entry("^[A-TV-Z][0-9][0-9AB](\\.[0-9A-TV-Z]{1,4})?$", "K50.90"),
          Map.entry("^[A-Z0-9]{1,3}$", "0U"),
          Map.entry("^[A-Z][0-9]{4}$", "J1745"),
          Map.entry("^[A-Za-z0-9-]{1,50}$", "GRP100"),
          Map.entry("^[A-Za-z0-9-]{2,80}$", "SUM555111222"),
          Map.entry("^[A-Za-z0-9-]{3,30}$", "REF-20261206"),
          Map.entry("^[A-Za-z0-9-]{3,40}$", "APL-2026-0042"),
          Map.entry(
              "^[A-Za-z][0-9][0-9A-Za-z](\\.?[0-9A-Za-z]{1,4})?"
                  + "(\\s*,\\s*[A-Za-z][0-9][0-9A-Za-z](\\.?[0-9A-Za-z]{1,4})?){0,11}$",
              "K50.90, Z79.899"),
          Map.entry("^[0-9]{10}$", "1245319599"),
          Map.entry("^\\d{10}$", "1245319599"),
          Map.entry("^([A-Za-z0-9]{2}(\\s*,\\s*[A-Za-z0-9]{2}){0,3})?$", "JZ"),
          Map.entry("^([1-9]|1[0-2])(\\s*,\\s*([1-9]|1[0-2])){0,3}$", "1"),
          Map.entry(
              "^(\\d{5}-\\d{4}-\\d{2}|\\d{4}-\\d{4}-\\d{2}|\\d{5}-\\d{3}-\\d{2}"
                  + "|\\d{5}-\\d{4}-\\d{1}|\\d{11})$",
              "57894-0030-01"),
          Map.entry("^[A-Za-z0-9][A-Za-z0-9-]*$", "L123"),
          Map.entry("^[A-Za-z0-9-]+$", "a1"));

  static final Pattern TODAY = Pattern.compile("^today(?:([+-])(\\d{1,5}))?$");

  /**
   * A field as shown: its schema node, the DOM id suffix of its place in repeating lists ("_0",
   * "_0_0") and the path of its value in the submitted data (drugs, 0, containers, 0, size).
   */
  record Slot(JsonNode field, String suffix, List<Object> path) {
    String key() {
      return field.get("key").asText();
    }

    String name() {
      StringBuilder s = new StringBuilder();
      for (Object p : path) {
        s.append(p instanceof Integer i ? "[" + i + "]" : (s.length() == 0 ? "" : ".") + p);
      }
      return s.toString();
    }
  }

  private final Browser b;
  private final String formName;
  private final LocalDate today;
  private final Map<String, Object> variables;
  private final List<Slot> slots = new ArrayList<>();
  private final Map<String, JsonNode> byKey = new LinkedHashMap<>();
  private final Map<String, Object> entered = new LinkedHashMap<>();
  private int times;
  final List<String> probed = new ArrayList<>();

  /** The filled fields that state a rule: a pattern, a date rule, a bound set by another field. */
  final List<String> ruled = new ArrayList<>();

  /** A field whose broken rule is photographed for the README (docs/screenshots/task-form.png). */
  String screenshotAt;

  FormFiller(
      Browser b, String formName, JsonNode schema, LocalDate today, Map<String, Object> variables) {
    this.b = b;
    this.formName = formName;
    this.today = today;
    this.variables = variables;
    collect(schema.path("components"), "", List.of());
  }

  private void collect(JsonNode components, String suffix, List<Object> prefix) {
    for (JsonNode c : components) {
      if ("dynamiclist".equals(c.path("type").asText()) && c.hasNonNull("path")) {
        List<Object> path = new ArrayList<>(prefix);
        path.add(c.get("path").asText());
        path.add(0); // the first entry (a list shows one to begin with)
        collect(c.path("components"), suffix + "_0", path);
        continue;
      }
      if (c.hasNonNull("key")) {
        List<Object> path = new ArrayList<>(prefix);
        path.add(c.get("key").asText());
        slots.add(new Slot(c, suffix, path));
        byKey.putIfAbsent(c.get("key").asText(), c);
      }
      collect(c.path("components"), suffix, prefix);
    }
  }

  static boolean readOnly(JsonNode field) {
    return field.path("readonly").asBoolean(false) || field.path("disabled").asBoolean(false);
  }

  static String label(JsonNode field) {
    return FormValidator.label(field, field.get("key").asText());
  }

  /** The field's wrapper in the viewer, or null while it is hidden. */
  WebElement wrapper(Slot s) {
    return (WebElement)
        b.driver.executeScript(
            "const id = arguments[0];"
                + "const el = document.querySelector(`#task-form [id$='-${id}'],"
                + " #task-form [id$='-${id}-date'], #task-form [id$='-${id}-0'],"
                + " #task-form [id$='-${id}-display']`);"
                + "return el ? el.closest('.fjs-form-field') : null;",
            s.field().get("id").asText() + s.suffix());
  }

  /** The read-only text context the viewer shows: each field's value, as the person sees it. */
  Map<String, String> shownContext() {
    Map<String, String> shown = new LinkedHashMap<>();
    for (Slot s : slots) {
      String type = s.field().path("type").asText();
      if (s.field().path("readonly").asBoolean(false)
          && Set.of("textfield", "textarea", "number").contains(type)) {
        WebElement w = wrapper(s);
        if (w != null) {
          shown.put(
              s.key(), w.findElement(By.cssSelector("input, textarea")).getAttribute("value"));
        }
      }
    }
    return shown;
  }

  /**
   * Fills every visible editable field, choosing {@code choices} where given (else the first
   * option); returns what was entered, as the process should receive it (lists as lists).
   */
  Map<String, Object> fill(Map<String, Object> choices) {
    Set<String> done = new HashSet<>();
    boolean progress = true;
    while (progress) {
      progress = false;
      for (Slot s : slots) {
        if (done.contains(s.name()) || readOnly(s.field())) {
          continue;
        }
        WebElement w = wrapper(s);
        if (w == null) {
          continue; // hidden for the choices made so far
        }
        done.add(s.name());
        if (hasRule(s)) {
          ruled.add(s.name());
        }
        probe(s);
        put(s.path(), enter(s, w, choices.get(s.name())));
        progress = true;
        break; // a choice may reveal fields: look again from the top
      }
    }
    return entered;
  }

  @SuppressWarnings("unchecked")
  private void put(List<Object> path, Object value) {
    Object node = entered;
    for (int i = 0; i < path.size() - 1; i++) {
      Object step = path.get(i);
      Object next = path.get(i + 1);
      Object child;
      if (node instanceof Map<?, ?> map) {
        child = map.get(step);
        if (child == null) {
          child = next instanceof Integer ? new ArrayList<>() : new LinkedHashMap<>();
          ((Map<Object, Object>) map).put(step, child);
        }
      } else {
        List<Object> list = (List<Object>) node;
        int index = (Integer) step;
        while (list.size() <= index) {
          list.add(next instanceof Integer ? new ArrayList<>() : new LinkedHashMap<>());
        }
        child = list.get(index);
      }
      node = child;
    }
    ((Map<Object, Object>) node).put(path.get(path.size() - 1), value);
  }

  /** A value the slot can compare with: its entry's sibling, a top-level field, a variable. */
  @SuppressWarnings("unchecked")
  private Object lookup(Slot s, String key) {
    Object node = entered;
    Object sibling = null;
    for (Object step : s.path().subList(0, s.path().size() - 1)) {
      node =
          node instanceof Map<?, ?> m
              ? m.get(step)
              : node instanceof List<?> l && (Integer) step < l.size()
                  ? l.get((Integer) step)
                  : null;
    }
    if (node instanceof Map<?, ?> m) {
      sibling = ((Map<String, Object>) m).get(key);
    }
    if (sibling != null) {
      return sibling;
    }
    return entered.containsKey(key) ? entered.get(key) : variables.get(key);
  }

  private Object enter(Slot s, WebElement w, Object choice) {
    JsonNode f = s.field();
    JsonNode options = f.path("values");
    switch (f.path("type").asText()) {
      case "checkbox" -> {
        WebElement box = w.findElement(By.cssSelector("input[type=checkbox]"));
        if (!box.isSelected()) {
          box.click();
        }
        return true;
      }
      case "checklist" -> {
        // the first option ticked (form-js ids end in -<field id>-<option index>)
        int index = optionIndex(options, choice);
        w.findElement(
                By.cssSelector(
                    "input[id$='-" + f.get("id").asText() + s.suffix() + "-" + index + "']"))
            .click();
        return List.of(options.get(index).get("value").asText());
      }
      case "radio" -> {
        int index = optionIndex(options, choice);
        w.findElement(
                By.cssSelector(
                    "input[id$='-" + f.get("id").asText() + s.suffix() + "-" + index + "']"))
            .click();
        return options.get(index).get("value").asText();
      }
      case "select" -> {
        int index = optionIndex(options, choice);
        String label = options.get(index).get("label").asText();
        By item =
            By.xpath(
                ".//*[contains(@class,'fjs-dropdownlist-item') and normalize-space()='"
                    + label
                    + "']");
        // leaving the field before may have opened the list already (focus opens it)
        for (int attempt = 0; ; attempt++) {
          WebElement current = wrapper(s);
          var shown = current.findElements(item);
          if (!shown.isEmpty() && shown.get(0).isDisplayed()) {
            shown.get(0).click();
            break;
          }
          if (attempt == 5) {
            throw new AssertionError(
                formName + " / " + s.name() + ": option " + label + " not shown");
          }
          current.findElement(By.cssSelector(".fjs-input-group")).click();
          try {
            new WebDriverWait(b.driver, Duration.ofSeconds(2))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> !wrapper(s).findElements(item).isEmpty());
          } catch (TimeoutException e) {
            // clicked it shut: open it again
          }
        }
        return options.get(index).get("value").asText();
      }
      case "datetime" -> {
        LocalDate date = choice == null ? validDate(s) : LocalDate.parse(choice.toString());
        type(s, "date", displayed(s, date));
        if (!f.path("subtype").asText("date").equals("datetime")) {
          return date.toString();
        }
        // a date and time at the site: each such field an hour after the one before
        String time = String.format("%02d:00", 8 + ++times);
        type(s, "time", time);
        return date + "T" + time;
      }
      case "number" -> {
        BigDecimal value = choice == null ? number(f) : new BigDecimal(choice.toString());
        type(s, null, value.toPlainString());
        return value;
      }
      default -> {
        String text = choice == null ? text(s) : choice.toString();
        type(s, null, text);
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

  private static BigDecimal number(JsonNode f) {
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

  private String text(Slot s) {
    String pattern = s.field().path("validate").path("pattern").asText("");
    if (!pattern.isEmpty()) {
      String example = EXAMPLES.get(pattern);
      assertThat(example)
          .as(
              formName
                  + " / "
                  + s.name()
                  + ": no example value for the pattern "
                  + pattern
                  + "; add one to FormFiller.EXAMPLES")
          .isNotNull();
      return example;
    }
    return s.field().path("type").asText().equals("textarea")
        ? "Checked with the payer; reference noted."
        : "Reviewed";
  }

  /** Today, moved into the field's bounds (not before / not after another date) if need be. */
  private LocalDate validDate(Slot s) {
    LocalDate date = today;
    LocalDate notBefore = bound(s, "notBefore");
    LocalDate notAfter = bound(s, "notAfter");
    if (notBefore != null && date.isBefore(notBefore)) {
      date = notBefore;
    }
    if (notAfter != null && date.isAfter(notAfter)) {
      date = notAfter;
    }
    return date;
  }

  private LocalDate bound(Slot s, String property) {
    String rule = s.field().path("properties").path(property).asText("");
    if (rule.isEmpty()) {
      return null;
    }
    Matcher m = TODAY.matcher(rule);
    if (m.matches()) {
      int days = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
      return "-".equals(m.group(1)) ? today.minusDays(days) : today.plusDays(days);
    }
    Object other = lookup(s, rule);
    return other instanceof String text && text.length() >= 10
        ? LocalDate.parse(text.substring(0, 10))
        : null;
  }

  /** The date as the viewer's date picker shows it (its placeholder names the format). */
  private String displayed(Slot s, LocalDate date) {
    String placeholder = input(s, "date").getAttribute("placeholder");
    String format =
        placeholder == null || placeholder.isBlank()
            ? "MM/dd/yyyy"
            : placeholder.toLowerCase().replace("mm", "MM").replace("m", "M");
    return date.format(DateTimeFormatter.ofPattern(format));
  }

  /**
   * The field's text input (found afresh: the viewer re-renders fields as data changes); a date and
   * time field has two, "date" and "time".
   */
  private WebElement input(Slot s, String part) {
    WebElement w = wrapper(s);
    assertThat(w).as(formName + " / " + s.name() + " shown").isNotNull();
    if (part != null && s.field().path("type").asText().equals("datetime")) {
      return w.findElement(
          By.cssSelector(
              "input[id$='-" + s.field().get("id").asText() + s.suffix() + "-" + part + "']"));
    }
    return w.findElement(By.cssSelector("input:not([type=hidden]), textarea"));
  }

  /**
   * Replaces the input's text as a person would, then leaves the field; checks the viewer kept it
   * (a busy page can drop keys, and a field re-rendered meanwhile loses what was typed into it).
   */
  private void type(Slot s, String part, String text) {
    boolean picker = s.field().path("type").asText().equals("datetime");
    for (int attempt = 0; attempt < 4; attempt++) {
      try {
        WebElement input = input(s, part);
        if (!input.equals(b.driver.switchTo().activeElement())) {
          // (leaving the field before focuses this one, and may open its list over it)
          input.click();
        }
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
                  String v = input(s, part).getAttribute("value");
                  return picker ? v != null && !v.isBlank() : text.equals(v);
                });
        return;
      } catch (StaleElementReferenceException
          | TimeoutException
          | org.openqa.selenium.ElementClickInterceptedException e) {
        // typed into a field the viewer replaced, or a list lay over it: close lists, type again
        b.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
      }
    }
    throw new AssertionError(formName + " / " + s.name() + ": '" + text + "' not kept");
  }

  /** Whether the slot states a rule that can be broken here (a bound given by another value). */
  private boolean hasRule(Slot s) {
    JsonNode f = s.field();
    if (f.path("validate").has("pattern")) {
      return true;
    }
    if (f.path("validate").path("max").asText("").startsWith("=")) {
      return lookup(s, f.path("validate").get("max").asText().substring(1).strip())
          instanceof BigDecimal;
    }
    if (!f.path("type").asText().equals("datetime")) {
      return false;
    }
    String notAfter = f.path("properties").path("notAfter").asText("");
    String notBefore = f.path("properties").path("notBefore").asText("");
    Matcher before = TODAY.matcher(notBefore);
    return notAfter.equals("today")
        || notBefore.equals("today")
        || (before.matches() && "-".equals(before.group(1)))
        || (!notBefore.isEmpty() && !before.matches() && bound(s, "notBefore") != null)
        || (!notAfter.isEmpty()
            && !TODAY.matcher(notAfter).matches()
            && bound(s, "notAfter") != null);
  }

  /** Enters a value the field's rule refuses and waits for the viewer to say so under it. */
  private void probe(Slot s) {
    JsonNode f = s.field();
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
      Matcher before = TODAY.matcher(notBefore);
      if (notAfter.equals("today")) {
        wrong = displayed(s, today.plusDays(1));
        expected = label + " cannot be in the future.";
      } else if (notBefore.equals("today")) {
        wrong = displayed(s, today.minusDays(1));
        expected = label + " cannot be in the past.";
      } else if (before.matches() && "-".equals(before.group(1))) {
        int days = Integer.parseInt(before.group(2));
        wrong = displayed(s, today.minusDays(days + 1L));
        expected =
            label
                + " must be within the last "
                + days
                + " days (on or after "
                + today.minusDays(days)
                + ").";
      } else if (!notBefore.isEmpty() && !before.matches() && bound(s, "notBefore") != null) {
        wrong = displayed(s, bound(s, "notBefore").minusDays(1));
        expected = label + " cannot be before " + otherLabel(notBefore) + ".";
      } else if (!notAfter.isEmpty()
          && !TODAY.matcher(notAfter).matches()
          && bound(s, "notAfter") != null) {
        wrong = displayed(s, bound(s, "notAfter").plusDays(1));
        expected = label + " cannot be after " + otherLabel(notAfter) + ".";
      }
      if (wrong != null) {
        type(s, "date", wrong);
        await(s, expected);
        return;
      }
    } else if (validate.path("max").asText("").startsWith("=")) {
      String other = validate.get("max").asText().substring(1).strip();
      if (lookup(s, other) instanceof BigDecimal bound) {
        wrong = bound.add(BigDecimal.ONE).toPlainString();
        expected = "Field must have maximum value of " + bound.toPlainString() + ".";
      }
    }
    if (wrong == null) {
      return;
    }
    type(s, null, wrong);
    await(s, expected);
  }

  private String otherLabel(String key) {
    JsonNode other = byKey.get(key);
    return other == null ? key : label(other);
  }

  /** Waits for the sentence under the field; photographs it if it is the README's example. */
  private void await(Slot s, String expected) {
    new WebDriverWait(b.driver, Duration.ofSeconds(40))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d ->
                wrapper(s).findElements(By.cssSelector(".fjs-form-field-error")).stream()
                    .anyMatch(e -> e.getText().contains(expected)));
    probed.add(s.name() + ": " + expected);
    if (s.key().equals(screenshotAt)) {
      try {
        b.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", wrapper(s));
        b.screenshot("task-form");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
