package com.infusionbilling.worklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.infusionbilling.billing.BillingProperties;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Checks a task completion on the server against the task's deployed form-js schema, as the browser
 * does before it submits: every constraint is read from the form itself, so a new form gets the
 * same treatment without code. The convention form authors follow is in docs/forms.md:
 *
 * <ul>
 *   <li>form-js {@code validate}: {@code required} (a required checkbox must be checked), {@code
 *       pattern} with its {@code patternErrorMessage}, {@code minLength}/{@code maxLength}, {@code
 *       min}/{@code max} (a number, or a FEEL expression such as {@code =deductible}), {@code
 *       validationType} email/phone; a number field's {@code decimalDigits}; the options of a
 *       select, radio, checklist or tag list; dates as YYYY-MM-DD;
 *   <li>{@code conditional.hide} (FEEL): a hidden field is neither required nor accepted, as in the
 *       viewer, which leaves hidden fields out of what it submits;
 *   <li>{@code readonly}/{@code disabled}: the viewer sends read-only fields back; a value that
 *       comes back unchanged (or empty) is ignored, a changed one is refused naming the field;
 *   <li>custom properties {@code notBefore}/{@code notAfter} on a date field: {@code today}, {@code
 *       today-90}, {@code today+30} (days), or the key of another date field or variable;
 *   <li>a date-time field ({@code subtype} datetime) whose {@code timeSerializingFormat} is {@code
 *       no_timezone}: a local date and time (YYYY-MM-DDTHH:MM, the time at the site of care);
 *   <li>a {@code dynamiclist} with a {@code path} (a repeating list of entries, e.g. the {@code
 *       drugs} of "Document administration"): the value is a list of objects whose keys are the
 *       list's own fields, each entry checked by the rules above; inside an entry, FEEL sees the
 *       entry as {@code this} (the enclosing entry as {@code parent}) and plain names are the
 *       form's data, exactly as the form-js viewer evaluates it; lists may nest; a failing field is
 *       named by its path, {@code drugs[0].containers[1].count}.
 * </ul>
 *
 * Returns the variables to complete the task with (the submitted editable, visible fields), or
 * throws a 400 naming the first failing field with a sentence a coordinator can act on.
 */
@Component
public class FormValidator {
  private static final Logger LOG = LoggerFactory.getLogger(FormValidator.class);
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()\\-]{7,20}$");
  private static final Pattern TODAY = Pattern.compile("^today(?:([+-])(\\d{1,5}))?$");
  private static final Pattern FIELD_REFERENCE =
      Pattern.compile("^=\\s*(?:this\\.)?([A-Za-z_][\\w]*)\\s*$");

  /** Custom properties of a field that this validator (and the front end) understands. */
  public static final List<String> RULE_PROPERTIES = List.of("notBefore", "notAfter");

  private final Clock clock;
  private final ZoneId zone;
  private final FeelEngineApi feel = FeelEngineBuilder.create().build();

  @Autowired
  public FormValidator(BillingProperties billing) {
    this(Clock.systemUTC(), billing.zone());
  }

  public FormValidator(Clock clock, ZoneId zone) {
    this.clock = clock;
    this.zone = zone;
  }

  /** "Today" for date rules: the date in the sites' zone ({@code billing.zone}). */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(zone));
  }

  /**
   * A keyed field of the form, with the hide conditions of the field and of its groups; a dynamic
   * list ({@code type} dynamiclist, {@code key} its path) has the fields of one entry in {@code
   * entry}.
   */
  record Field(
      JsonNode node,
      String key,
      String type,
      String label,
      List<String> hide,
      Map<String, Field> entry,
      String place) {
    Field(JsonNode node, String key, String type, String label, List<String> hide) {
      this(node, key, type, label, hide, Map.of(), "");
    }

    /** This field of entry {@code index} of a list: named by its path, placed in the entry. */
    Field inEntry(Field list, int index) {
      return new Field(
          node,
          list.key() + "[" + index + "]." + key,
          type,
          label,
          hide,
          entry,
          list.entryName(index));
    }

    /** "Drug 2", or "Drug 1, Container 2" in a nested list. */
    String entryName(int index) {
      return (place.isEmpty() ? "" : place + ", ") + label + " " + (index + 1);
    }

    /** The label as messages show it: "Count (Drug 1, Container 2)" inside a list. */
    String shown() {
      return place.isEmpty() ? label : label + " (" + place + ")";
    }

    JsonNode validate() {
      return node.path("validate");
    }

    String property(String name) {
      JsonNode p = node.path("properties").path(name);
      return p.isValueNode() && !p.asText().isBlank() ? p.asText().strip() : null;
    }
  }

  /**
   * @param schema the task's form
   * @param current the task's variables now (what the viewer was filled with)
   * @param submitted what the client sent
   */
  public Map<String, Object> validate(
      JsonNode schema, Map<String, Object> current, Map<String, Object> submitted) {
    Map<String, Object> now = current == null ? Map.of() : current;
    Map<String, Object> values = submitted == null ? Map.of() : submitted;
    Map<String, Field> fields = new LinkedHashMap<>();
    collect(schema.path("components"), List.of(), fields);

    // what the form's expressions see: the variables, with the user's input over them
    Map<String, Object> context = new HashMap<>(now);
    for (var e : values.entrySet()) {
      Field f = fields.get(e.getKey());
      if (f != null && !readOnly(f, context)) {
        context.put(e.getKey(), e.getValue());
      }
    }

    for (var e : values.entrySet()) {
      Field f = fields.get(e.getKey());
      if (f == null) {
        throw new WorklistException.BadRequest(e.getKey(), "is not a field of this form.");
      }
      if (readOnly(f, context) && !unchanged(e.getValue(), now.get(e.getKey()))) {
        throw new WorklistException.BadRequest(
            f.key(), f.label() + " is read-only and cannot be changed here.");
      }
    }

    Map<String, Object> accepted = new LinkedHashMap<>();
    for (Field f : fields.values()) {
      if (readOnly(f, context)) {
        continue;
      }
      Object value = values.get(f.key());
      if (hidden(f, context)) {
        if (!blank(value)) {
          throw new WorklistException.BadRequest(
              f.key(),
              f.label() + " does not apply to the choices made in this form; leave it empty.");
        }
        continue;
      }
      check(f, value, fields, context);
      if (values.containsKey(f.key())) {
        accepted.put(f.key(), value);
      }
    }
    return accepted;
  }

  private static void collect(JsonNode components, List<String> hide, Map<String, Field> out) {
    if (!components.isArray()) {
      return;
    }
    for (JsonNode c : components) {
      List<String> conditions = hide;
      String own = c.path("conditional").path("hide").asText("");
      if (!own.isBlank()) {
        conditions = new ArrayList<>(hide);
        conditions.add(own);
      }
      if ("dynamiclist".equals(c.path("type").asText()) && c.hasNonNull("path")) {
        String path = c.get("path").asText();
        Map<String, Field> entry = new LinkedHashMap<>();
        collect(c.path("components"), List.of(), entry);
        out.put(path, new Field(c, path, "dynamiclist", label(c, path), conditions, entry, ""));
        continue;
      }
      if (c.hasNonNull("key")) {
        String key = c.get("key").asText();
        out.put(key, new Field(c, key, c.path("type").asText(""), label(c, key), conditions));
      }
      collect(c.path("components"), conditions, out);
    }
  }

  /** The label a person sees: date and time pickers carry theirs in dateLabel/timeLabel. */
  public static String label(JsonNode c, String key) {
    for (String name : new String[] {"label", "dateLabel", "timeLabel"}) {
      String text = c.path(name).asText("");
      if (!text.isBlank()) {
        return text.strip();
      }
    }
    return key;
  }

  private boolean readOnly(Field f, Map<String, Object> context) {
    if (f.node().path("disabled").asBoolean(false)) {
      return true;
    }
    JsonNode ro = f.node().path("readonly");
    if (ro.isBoolean()) {
      return ro.asBoolean();
    }
    return ro.isTextual() && Boolean.TRUE.equals(evaluate(ro.asText(), context, f.key()));
  }

  private boolean hidden(Field f, Map<String, Object> context) {
    for (String condition : f.hide()) {
      if (Boolean.TRUE.equals(evaluate(condition, context, f.key()))) {
        return true;
      }
    }
    return false;
  }

  /** A FEEL expression ({@code =...}) of the form, or the literal; null when it cannot be read. */
  private Object evaluate(String expression, Map<String, Object> context, String field) {
    String text = expression.strip();
    if (!text.startsWith("=")) {
      return text;
    }
    EvaluationResult result = feel.evaluateExpression(text.substring(1), context);
    if (result.isFailure()) {
      // the viewer treats a failing expression as not hiding and not limiting; so do we
      LOG.warn("form expression of field {} failed: {}", field, result.failure().message());
      return null;
    }
    return result.result();
  }

  /** A read-only value came back as shown: equal, or empty where the variable has no value. */
  static boolean unchanged(Object submitted, Object current) {
    if (blank(submitted) || (current == null && Boolean.FALSE.equals(submitted))) {
      return true;
    }
    if (current == null) {
      return false;
    }
    BigDecimal a = decimal(submitted);
    BigDecimal b = decimal(current);
    if (a != null && b != null) {
      return a.compareTo(b) == 0;
    }
    return Objects.equals(submitted, current)
        || (isScalar(submitted)
            && isScalar(current)
            && submitted.toString().equals(current.toString()));
  }

  private static boolean isScalar(Object o) {
    return o instanceof String || o instanceof Number || o instanceof Boolean;
  }

  private static BigDecimal decimal(Object o) {
    if (o instanceof Number || o instanceof String) {
      try {
        return new BigDecimal(o.toString().strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  static boolean blank(Object value) {
    return value == null
        || (value instanceof String s && s.isBlank())
        || (value instanceof List<?> l && l.isEmpty());
  }

  private static WorklistException.BadRequest bad(Field f, String sentence) {
    return new WorklistException.BadRequest(f.key(), f.shown() + " " + sentence);
  }

  private void check(Field f, Object value, Map<String, Field> fields, Map<String, Object> ctx) {
    JsonNode validate = f.validate();
    boolean required = validate.path("required").asBoolean(false);
    if (f.type().equals("checkbox") && required && !Boolean.TRUE.equals(value)) {
      if (value != null && !(value instanceof Boolean)) {
        throw bad(f, "must be true or false.");
      }
      throw bad(f, "must be checked.");
    }
    if (blank(value)) {
      if (required) {
        throw bad(f, "is required.");
      }
      return;
    }
    switch (f.type()) {
      case "number" -> checkNumber(f, value, fields, ctx);
      case "checkbox" -> {
        if (!(value instanceof Boolean)) {
          throw bad(f, "must be true or false.");
        }
      }
      case "dynamiclist" -> checkList(f, value, fields, ctx);
      case "select", "radio" -> checkOption(f, value);
      case "checklist", "taglist" -> {
        if (!(value instanceof List<?> list)) {
          throw bad(f, "must be a list of options.");
        }
        for (Object item : list) {
          checkOption(f, item);
        }
      }
      case "datetime" -> {
        if (f.node().path("subtype").asText("date").equals("date")) {
          checkDate(f, value, fields, ctx);
        } else if (!(value instanceof String s)) {
          throw bad(f, "must be a date and time.");
        } else if ("no_timezone".equals(f.node().path("timeSerializingFormat").asText())
            && !localDateTime(s)) {
          throw bad(f, "must be a date and time (YYYY-MM-DDTHH:MM).");
        }
      }
      default -> {
        if (!(value instanceof String s)) {
          throw bad(f, "must be text.");
        }
        checkText(f, s);
        if (f.property("notBefore") != null || f.property("notAfter") != null) {
          checkDate(f, s, fields, ctx);
        }
      }
    }
  }

  /** Each entry of a dynamic list against the list's fields (entry fields over the variables). */
  private void checkList(
      Field list, Object value, Map<String, Field> fields, Map<String, Object> ctx) {
    if (!(value instanceof List<?> entries)) {
      throw bad(list, "must be a list of entries.");
    }
    for (int i = 0; i < entries.size(); i++) {
      if (!(entries.get(i) instanceof Map<?, ?> raw)) {
        throw new WorklistException.BadRequest(
            list.key() + "[" + i + "]", list.entryName(i) + " must be an entry.");
      }
      Map<String, Object> entry = new LinkedHashMap<>();
      raw.forEach((k, v) -> entry.put(String.valueOf(k), v));
      for (String key : entry.keySet()) {
        if (!list.entry().containsKey(key)) {
          throw new WorklistException.BadRequest(
              list.key() + "[" + i + "]." + key, "is not a field of this form.");
        }
      }
      // as form-js evaluates inside a repeating entry: the entry is `this` (the enclosing entry
      // `parent`, the 1-based positions `i`), and plain names are the form's data
      Map<String, Object> entryContext = new HashMap<>(ctx);
      List<Object> positions = new ArrayList<>();
      if (ctx.get("i") instanceof List<?> outer && ctx.containsKey("this")) {
        positions.addAll(outer);
      }
      positions.add(i + 1);
      Object parent = ctx.containsKey("this") ? ctx.get("this") : null;
      for (String special : new String[] {"", "_"}) {
        String end = special.isEmpty() ? "" : "_";
        entryContext.put(special + "this" + end, entry);
        entryContext.put(special + "parent" + end, parent);
        entryContext.put(special + "i" + end, positions);
      }
      // labels of the entry's fields and of the form's (a date rule may name either)
      Map<String, Field> labels = new LinkedHashMap<>(fields);
      labels.putAll(list.entry());
      for (Field field : list.entry().values()) {
        Field at = field.inEntry(list, i);
        Object v = entry.get(field.key());
        if (readOnly(field, entryContext)) {
          continue;
        }
        if (hidden(field, entryContext)) {
          if (!blank(v)) {
            throw bad(at, "does not apply to the choices made in this form; leave it empty.");
          }
          continue;
        }
        check(at, v, labels, entryContext);
      }
    }
  }

  private void checkNumber(
      Field f, Object value, Map<String, Field> fields, Map<String, Object> ctx) {
    boolean asString = f.node().path("serializeToString").asBoolean(false);
    if (!(value instanceof Number) && !(asString && value instanceof String)) {
      throw bad(f, "must be a number.");
    }
    BigDecimal number = decimal(value);
    if (number == null) {
      throw bad(f, "must be a number.");
    }
    JsonNode digits = f.node().path("decimalDigits");
    if (digits.isInt() && Math.max(0, number.stripTrailingZeros().scale()) > digits.asInt()) {
      throw bad(
          f,
          digits.asInt() == 0
              ? "must be a whole number."
              : "allows at most " + digits.asInt() + " decimal digits.");
    }
    JsonNode validate = f.validate();
    BigDecimal min = bound(validate.path("min"), ctx, f);
    if (min != null && number.compareTo(min) < 0) {
      throw bad(f, "must be at least " + describe(validate.path("min"), min, fields) + ".");
    }
    BigDecimal max = bound(validate.path("max"), ctx, f);
    if (max != null && number.compareTo(max) > 0) {
      throw bad(f, "cannot be more than " + describe(validate.path("max"), max, fields) + ".");
    }
  }

  private BigDecimal bound(JsonNode node, Map<String, Object> ctx, Field f) {
    if (node.isNumber()) {
      return node.decimalValue();
    }
    if (node.isTextual()) {
      return decimal(evaluate(node.asText(), ctx, f.key()));
    }
    return null;
  }

  /** "1500", or "the Deductible ($) (1500)" when the bound is another field. */
  private static String describe(JsonNode node, BigDecimal value, Map<String, Field> fields) {
    String plain = value.stripTrailingZeros().toPlainString();
    if (node.isTextual()) {
      Matcher m = FIELD_REFERENCE.matcher(node.asText());
      if (m.matches() && fields.containsKey(m.group(1))) {
        return fields.get(m.group(1)).label() + " (" + plain + ")";
      }
    }
    return plain;
  }

  private static void checkOption(Field f, Object value) {
    JsonNode options = f.node().path("values");
    if (!options.isArray() || options.isEmpty()) {
      return; // options from a variable or expression: the process checks them
    }
    for (JsonNode o : options) {
      JsonNode v = o.path("value");
      if (v.isValueNode() && v.asText().equals(String.valueOf(value))) {
        return;
      }
    }
    throw bad(f, "has no option '" + value + "'.");
  }

  private static void checkText(Field f, String s) {
    JsonNode validate = f.validate();
    int length = s.strip().length();
    if (validate.has("minLength") && length < validate.get("minLength").asInt()) {
      throw bad(f, "needs at least " + validate.get("minLength").asInt() + " characters.");
    }
    if (validate.has("maxLength") && length > validate.get("maxLength").asInt()) {
      throw bad(f, "allows at most " + validate.get("maxLength").asInt() + " characters.");
    }
    String pattern = validate.path("pattern").asText("");
    if (!pattern.isEmpty() && !Pattern.compile(pattern).matcher(s).find()) {
      String message = validate.path("patternErrorMessage").asText("");
      if (!message.isBlank()) {
        throw new WorklistException.BadRequest(f.key(), message.strip());
      }
      throw bad(f, "is not in the expected format.");
    }
    String validationType = validate.path("validationType").asText("");
    if (validationType.equals("email") && !EMAIL.matcher(s).matches()) {
      throw bad(f, "must be an email address.");
    }
    if (validationType.equals("phone") && !PHONE.matcher(s).matches()) {
      throw bad(f, "must be a phone number.");
    }
  }

  private void checkDate(
      Field f, Object value, Map<String, Field> fields, Map<String, Object> ctx) {
    LocalDate date = date(value);
    if (date == null) {
      throw bad(f, "must be a date (YYYY-MM-DD).");
    }
    String notBefore = f.property("notBefore");
    if (notBefore != null) {
      Bound b = resolve(notBefore, fields, ctx);
      if (b != null && date.isBefore(b.date())) {
        throw bad(f, b.beforeMessage());
      }
    }
    String notAfter = f.property("notAfter");
    if (notAfter != null) {
      Bound b = resolve(notAfter, fields, ctx);
      if (b != null && date.isAfter(b.date())) {
        throw bad(f, b.afterMessage());
      }
    }
  }

  /** A local date and time as form-js writes it without a zone (YYYY-MM-DDTHH:MM[:SS]). */
  private static boolean localDateTime(String s) {
    try {
      java.time.LocalDateTime.parse(s.strip());
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static LocalDate date(Object value) {
    if (!(value instanceof String s)) {
      return null;
    }
    try {
      return LocalDate.parse(s.strip().length() > 10 ? s.strip().substring(0, 10) : s.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** A date bound and the sentences that end "Labs collected on ..." when it is crossed. */
  record Bound(LocalDate date, String beforeMessage, String afterMessage) {}

  /** {@code today}, {@code today-N}, {@code today+N}, or a field/variable key; null if unset. */
  Bound resolve(String rule, Map<String, Field> fields, Map<String, Object> ctx) {
    Matcher m = TODAY.matcher(rule);
    if (m.matches()) {
      int days = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
      boolean past = "-".equals(m.group(1));
      LocalDate date = past ? today().minusDays(days) : today().plusDays(days);
      if (days == 0) {
        return new Bound(date, "cannot be in the past.", "cannot be in the future.");
      }
      String before =
          past
              ? "must be within the last " + days + " days (on or after " + date + ")."
              : days == 1 ? "must be in the future." : "cannot be earlier than " + date + ".";
      String after =
          past
              ? days == 1 ? "must be in the past." : "cannot be later than " + date + "."
              : "cannot be more than " + days + " days ahead (after " + date + ").";
      return new Bound(date, before, after);
    }
    LocalDate other = date(ctx.get(rule));
    if (other == null) {
      return null; // the other date is not given: its own rules decide whether it must be
    }
    String label = fields.containsKey(rule) ? fields.get(rule).label() : rule;
    return new Bound(other, "cannot be before " + label + ".", "cannot be after " + label + ".");
  }
}
