package com.infusionbilling.billing.preview;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;

/** Reads a whole JSON number only: 1.5 or "2" is an error, not silently truncated to 1 or 2. */
public final class StrictIntegerDeserializer extends JsonDeserializer<Integer> {
  @Override
  public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      return (Integer)
          ctxt.handleUnexpectedToken(Integer.class, p.currentToken(), p, "expected a whole number");
    }
    return p.getIntValue();
  }
}
