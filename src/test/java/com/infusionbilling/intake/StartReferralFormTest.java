package com.infusionbilling.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.infusionbilling.billing.reference.Drug;
import com.infusionbilling.billing.reference.Payer;
import com.infusionbilling.billing.reference.ReferenceDataService;
import com.infusionbilling.billing.reference.ReferenceSnapshot;
import com.infusionbilling.billing.scrub.SiteOfCare;
import com.infusionbilling.episode.DoseBasis;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One source of truth for referral validation: {@code POST /api/referrals}'s bean-validation
 * constraints ({@link ReferralRequest}) and {@link ReferralValidator} are the authority, and the
 * front end's start-referral form is checked against them here, constraint by constraint, so the
 * two cannot drift. Every form key is a request path; every request property has its field; every
 * constraint the server declares is stated by the form in the form-js way (docs/forms.md), and a
 * constraint this test does not know how to compare fails it, named.
 */
class StartReferralFormTest {
  static final Path FORM = Path.of("src/main/frontend/src/forms/start-referral.form");
  static final String DATE = "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$";
  static final Map<String, JsonNode> FIELDS = new LinkedHashMap<>();
  static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
  static JsonNode form;

  /** A request property the form must offer, with the bean-validation constraints on it. */
  record Property(String path, RecordComponent component, PropertyDescriptor constraints) {
    Set<ConstraintDescriptor<?>> declared() {
      return constraints == null ? Set.of() : constraints.getConstraintDescriptors();
    }

    boolean has(Class<? extends Annotation> type) {
      return declared().stream().anyMatch(d -> d.getAnnotation().annotationType() == type);
    }

    <A extends Annotation> A get(Class<A> type) {
      return declared().stream()
          .map(ConstraintDescriptor::getAnnotation)
          .filter(type::isInstance)
          .map(type::cast)
          .findFirst()
          .orElseThrow();
    }
  }

  @BeforeAll
  static void load() throws Exception {
    form = new ObjectMapper().readTree(FORM.toFile());
    form.get("components")
        .forEach(
            c -> {
              if (c.has("key")) {
                FIELDS.put(c.get("key").asText(), c);
              }
            });
  }

  static List<Property> properties() {
    List<Property> out = new ArrayList<>();
    walk(ReferralRequest.class, "", out);
    return out;
  }

  private static void walk(Class<?> type, String prefix, List<Property> out) {
    var bean = VALIDATOR.getConstraintsForClass(type);
    for (RecordComponent rc : type.getRecordComponents()) {
      String path = prefix + rc.getName();
      if (rc.getType().isRecord()) {
        walk(rc.getType(), path + ".", out);
      } else {
        out.add(new Property(path, rc, bean.getConstraintsForProperty(rc.getName())));
      }
    }
  }

  /** Whether the path lies in a part of the request that may be left out (no @NotNull on it). */
  static boolean optionalPart(String path) {
    int dot = path.indexOf('.');
    if (dot < 0) {
      return false;
    }
    String part = path.substring(0, dot);
    var constraints = VALIDATOR.getConstraintsForClass(ReferralRequest.class);
    var property = constraints.getConstraintsForProperty(part);
    return property == null
        || property.getConstraintDescriptors().stream()
            .noneMatch(d -> d.getAnnotation() instanceof jakarta.validation.constraints.NotNull);
  }

  @Test
  void isACamunda88FormNamedAfterItsId() {
    assertThat(FORM.getFileName().toString()).isEqualTo(form.get("id").asText() + ".form");
    assertThat(form.get("schemaVersion").asInt()).isEqualTo(18);
    assertThat(form.get("executionPlatformVersion").asText()).isEqualTo("8.8.0");
  }

  @Test
  void everyRequestPropertyHasItsFieldAndEveryFieldIsARequestProperty() {
    Set<String> paths =
        properties().stream().map(Property::path).collect(Collectors.toCollection(TreeSet::new));
    assertThat(new TreeSet<>(FIELDS.keySet())).isEqualTo(paths);
  }

  @Test
  void everyConstraintOfTheRequestIsStatedByTheForm() {
    List<String> unknown = new ArrayList<>();
    for (Property p : properties()) {
      JsonNode field = FIELDS.get(p.path());
      JsonNode validate = field.path("validate");
      String where = p.path();
      boolean required =
          p.has(jakarta.validation.constraints.NotNull.class)
              || p.has(jakarta.validation.constraints.NotBlank.class)
              || p.has(jakarta.validation.constraints.NotEmpty.class);
      boolean conditional = field.has("conditional");
      // inside an optional part of the request (secondaryCoverage): the field that opens it (its
      // payer) is optional in the form; the others are shown once it is filled (conditional) and
      // required there exactly when the server requires them
      boolean optionalPart = optionalPart(p.path());
      assertThat(validate.path("required").asBoolean(false))
          .as(where + ": required in the form exactly when the server requires it")
          .isEqualTo(optionalPart ? required && conditional : required || conditional);
      checkType(p, field);
      for (ConstraintDescriptor<?> d : p.declared()) {
        Annotation a = d.getAnnotation();
        if (a instanceof jakarta.validation.constraints.NotNull
            || a instanceof jakarta.validation.constraints.NotBlank
            || a instanceof jakarta.validation.constraints.NotEmpty) {
          continue; // required: compared above
        } else if (a instanceof jakarta.validation.constraints.Size s) {
          if (isChoice(field)) {
            assertThat(optionValues(field))
                .as(where + ": options of at most " + s.max() + " characters")
                .allMatch(v -> v.length() >= s.min() && v.length() <= s.max());
          } else if (p.component().getType() == String.class) {
            assertThat(validate.path("maxLength").asInt(-1))
                .as(where + " maxLength")
                .isEqualTo(s.max());
            if (s.min() > 0) {
              assertThat(validate.path("minLength").asInt())
                  .as(where + " minLength")
                  .isEqualTo(s.min());
            }
          } else {
            // a list entered as comma-separated codes: the pattern allows at most max entries
            assertThat(validate.path("pattern").asText())
                .as(where + ": at most " + s.max() + " entries")
                .contains("){0," + (s.max() - 1) + "}$");
          }
        } else if (a instanceof jakarta.validation.constraints.Pattern pattern) {
          checkPattern(where, field, pattern.regexp());
        } else if (a instanceof jakarta.validation.constraints.Min min) {
          assertThat(validate.path("min").asLong()).as(where + " min").isEqualTo(min.value());
        } else if (a instanceof jakarta.validation.constraints.Max max) {
          assertThat(validate.path("max").asLong()).as(where + " max").isEqualTo(max.value());
        } else if (a instanceof jakarta.validation.constraints.DecimalMin min) {
          BigDecimal formMin = validate.path("min").decimalValue();
          BigDecimal serverMin = new BigDecimal(min.value());
          if (min.inclusive()) {
            assertThat(formMin).as(where + " min").isEqualByComparingTo(serverMin);
          } else {
            assertThat(formMin).as(where + " min above " + serverMin).isGreaterThan(serverMin);
          }
        } else if (a instanceof jakarta.validation.constraints.DecimalMax max) {
          assertThat(validate.path("max").decimalValue())
              .as(where + " max")
              .isEqualByComparingTo(new BigDecimal(max.value()));
        } else if (a instanceof jakarta.validation.constraints.Past) {
          assertThat(field.path("properties").path("notAfter").asText())
              .as(where + ": in the past")
              .isEqualTo("today-1");
        } else {
          unknown.add(where + ": @" + a.annotationType().getSimpleName());
        }
      }
      // constraints on list entries (therapy.diagnoses: each an ICD-10-CM code)
      if (p.constraints() != null) {
        p.constraints()
            .getConstrainedContainerElementTypes()
            .forEach(
                element ->
                    element
                        .getConstraintDescriptors()
                        .forEach(
                            d -> {
                              if (d.getAnnotation()
                                  instanceof jakarta.validation.constraints.Pattern pattern) {
                                String code = pattern.regexp();
                                assertThat(validate.path("pattern").asText())
                                    .as(where + ": comma-separated entries of " + code)
                                    .startsWith("^" + code + "(\\s*,\\s*" + code + ")");
                              } else if (!(d.getAnnotation()
                                  instanceof jakarta.validation.constraints.NotNull)) {
                                unknown.add(
                                    where
                                        + "[]: @"
                                        + d.getAnnotation().annotationType().getSimpleName());
                              }
                            }));
      }
    }
    assertThat(unknown)
        .as("server constraints this test cannot compare with the form: teach it, or the form")
        .isEmpty();
  }

  /** The field's kind follows the property's type. */
  private static void checkType(Property p, JsonNode field) {
    Class<?> type = p.component().getType();
    String kind = field.path("type").asText();
    String where = p.path();
    if (type.isEnum()) {
      assertThat(kind).as(where).isIn("radio", "select");
      Set<String> constants = new TreeSet<>();
      for (Object c : type.getEnumConstants()) {
        constants.add(((Enum<?>) c).name());
      }
      assertThat(optionValues(field)).as(where + ": the enum's values").isEqualTo(constants);
    } else if (type == LocalDate.class) {
      boolean picker = kind.equals("datetime");
      assertThat(picker || field.path("validate").path("pattern").asText().equals(DATE))
          .as(where + ": a date (YYYY-MM-DD)")
          .isTrue();
    } else if (type == Integer.class || type == int.class) {
      assertThat(kind).as(where).isEqualTo("number");
      assertThat(field.path("decimalDigits").asInt(-1)).as(where + ": whole").isZero();
    } else if (type == BigDecimal.class) {
      assertThat(kind).as(where).isEqualTo("number");
    } else if (type == String.class || type == List.class) {
      assertThat(kind).as(where).isIn("textfield", "textarea", "radio", "select");
    } else {
      fail(where + ": no rule for a " + type.getSimpleName() + " field");
    }
  }

  private static boolean isChoice(JsonNode field) {
    return Set.of("radio", "select").contains(field.path("type").asText());
  }

  private static Set<String> optionValues(JsonNode field) {
    return StreamSupport.stream(field.path("values").spliterator(), false)
        .map(v -> v.path("value").asText())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** A text field states the pattern (anchored) and a sentence; a choice offers only matches. */
  private static void checkPattern(String where, JsonNode field, String regexp) {
    String kind = field.path("type").asText();
    if (kind.equals("radio") || kind.equals("select")) {
      assertThat(optionValues(field))
          .as(where + ": every option matches " + regexp)
          .allMatch(v -> v.matches(regexp));
      return;
    }
    assertThat(field.path("validate").path("pattern").asText())
        .as(where + " pattern")
        .isEqualTo("^" + regexp + "$");
    assertThat(field.path("validate").path("patternErrorMessage").asText())
        .as(where + ": a sentence instead of the pattern")
        .endsWith(".")
        .doesNotContain(regexp);
  }

  // ----------------------------------------------------------------- ReferralValidator's rules

  static ReferralValidator validator() {
    ReferenceDataService reference = mock(ReferenceDataService.class);
    ReferenceSnapshot snapshot = mock(ReferenceSnapshot.class);
    when(reference.current()).thenReturn(snapshot);
    when(snapshot.payer(any())).thenReturn(java.util.Optional.of(mock(Payer.class)));
    when(snapshot.drug(any())).thenReturn(java.util.Optional.of(mock(Drug.class)));
    return new ReferralValidator(reference);
  }

  static ReferralRequest request(
      LocalDate from, LocalDate to, DoseBasis basis, BigDecimal weight, BigDecimal bsa) {
    return new ReferralRequest(
        "R-1",
        new ReferralRequest.PatientData(
            "MRN-1",
            "Ada",
            "Lovelace",
            LocalDate.of(1968, 4, 2),
            "F",
            new ReferralRequest.AddressData("12 Elm St", null, "Springfield", "IL", "62701")),
        new ReferralRequest.PrescriberData("1245319599", "John", "Smith"),
        new ReferralRequest.CoverageData(
            "COMMERCIAL_ACME", "W1", null, null, from, to, BenefitType.MEDICAL),
        new ReferralRequest.TherapyData(
            "J1745",
            basis,
            new BigDecimal("5"),
            "MG",
            weight,
            bsa,
            "every 8 weeks",
            56,
            6,
            List.of("K50.90"),
            SiteOfCare.OFFICE,
            LocalDate.of(2026, 12, 15)));
  }

  @Test
  void coverageEndingBeforeItStartsIsRefusedByTheServerAndTheForm() {
    LocalDate from = LocalDate.of(2026, 1, 1);
    validator().validate(request(from, from, DoseBasis.FIXED, null, null));
    assertThatThrownBy(
            () ->
                validator().validate(request(from, from.minusDays(1), DoseBasis.FIXED, null, null)))
        .isInstanceOfSatisfying(
            InvalidReferralException.class,
            e -> assertThat(e.field()).isEqualTo("coverage.effectiveTo"));
    assertThat(FIELDS.get("coverage.effectiveTo").path("properties").path("notBefore").asText())
        .isEqualTo("coverage.effectiveFrom");
  }

  @Test
  void aWeightOrBodySurfaceIsRequiredForTheDoseBasisThatNeedsItByTheServerAndTheForm() {
    LocalDate from = LocalDate.of(2026, 1, 1);
    Map<DoseBasis, String> needs =
        Map.of(DoseBasis.PER_KG, "therapy.weightKg", DoseBasis.PER_M2, "therapy.bsaM2");
    needs.forEach(
        (basis, path) -> {
          assertThatThrownBy(() -> validator().validate(request(from, null, basis, null, null)))
              .isInstanceOfSatisfying(
                  InvalidReferralException.class, e -> assertThat(e.field()).isEqualTo(path));
          JsonNode field = FIELDS.get(path);
          assertThat(field.path("validate").path("required").asBoolean()).as(path).isTrue();
          assertThat(field.path("conditional").path("hide").asText())
              .as(path + " shown (and so required) exactly for " + basis)
              .isEqualTo("=therapy.doseBasis != \"" + basis + "\"");
        });
    validator().validate(request(from, null, DoseBasis.PER_KG, new BigDecimal("70"), null));
  }
}
