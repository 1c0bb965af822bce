package com.infusionbilling.web;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The application's JSON API reads strictly: with a copy of Spring's {@code ObjectMapper} used only
 * by this application's MVC message converters. The shared {@code ObjectMapper} bean (which the
 * Camunda client copies for job variables) is left as it is, so workers keep reading variables
 * leniently; the embedded runtime has its own context and mapper.
 *
 * <ul>
 *   <li>duplicated keys, trailing content, strings longer than {@code web.api-limits.max-string}
 *       and nesting deeper than {@code web.api-limits.max-depth} are refused while parsing;
 *   <li>no silent coercion: {@code "6"} is not a number, {@code 1.5} not a whole number, {@code 1}
 *       not an enum or a string, {@code 1}/{@code "true"} not a boolean;
 *   <li>a null inside a list ({@code "drugs": [null]}) is refused at its index;
 *   <li>decimals beyond {@code web.api-limits.max-integer-digits}/{@code max-fraction-digits}
 *       ({@code 1e308}, {@code 1e999999999}, 2^63) are refused before any arithmetic sees them.
 * </ul>
 *
 * Each refusal is a 400 problem+json naming the field ({@link JsonInputProblems}).
 */
@Configuration
@EnableConfigurationProperties(ApiLimits.class)
public class StrictJsonConfiguration implements WebMvcConfigurer {
  private final ApiLimits limits;

  public StrictJsonConfiguration(ApiLimits limits) {
    this.limits = limits;
  }

  @Override
  public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
    for (HttpMessageConverter<?> converter : converters) {
      if (converter instanceof MappingJackson2HttpMessageConverter jackson) {
        jackson.setObjectMapper(strict(jackson.getObjectMapper(), limits));
      }
    }
  }

  /** A strict copy of the given mapper (the original is not changed). */
  public static ObjectMapper strict(ObjectMapper base, ApiLimits limits) {
    ObjectMapper m = base.copy();
    m.getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxStringLength(limits.maxString())
                .maxNestingDepth(limits.maxDepth())
                .maxNumberLength(64)
                .build());
    m.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    m.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    m.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    m.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    m.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
      m.coercionConfigFor(type)
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }
    m.coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    m.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    m.coercionConfigFor(LogicalType.Enum)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    for (Class<?> collection : new Class<?>[] {List.class, Set.class, Collection.class}) {
      m.configOverride(collection).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
    }
    m.registerModule(
        new SimpleModule("strict-api-decimals")
            .addDeserializer(
                BigDecimal.class,
                new BoundedDecimalDeserializer(
                    limits.maxIntegerDigits(), limits.maxFractionDigits())));
    return m;
  }

  /** A JSON number only, within the configured digits, read without arithmetic on its exponent. */
  static final class BoundedDecimalDeserializer extends StdScalarDeserializer<BigDecimal> {
    private final int integerDigits;
    private final int fractionDigits;

    BoundedDecimalDeserializer(int integerDigits, int fractionDigits) {
      super(BigDecimal.class);
      this.integerDigits = integerDigits;
      this.fractionDigits = fractionDigits;
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
        return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
      }
      String text = p.getText();
      BigDecimal value = new BigDecimal(text);
      BigDecimal significant = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
      long whole = (long) significant.precision() - significant.scale();
      if (whole > integerDigits || significant.scale() > fractionDigits) {
        throw InvalidFormatException.from(
            p,
            "out of range: at most "
                + integerDigits
                + " digits before and "
                + fractionDigits
                + " after the decimal point",
            text,
            BigDecimal.class);
      }
      return value;
    }
  }
}
