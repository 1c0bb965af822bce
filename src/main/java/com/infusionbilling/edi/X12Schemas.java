package com.infusionbilling.edi;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import java.net.URL;
import java.util.EnumMap;
import java.util.Map;

/**
 * Loads the StAEDI implementation schemas under {@code classpath:edi/schemas/} once and shares
 * them. StAEDI schemas are immutable after loading, so one instance serves every reader and writer.
 * They load only with StAEDI's validation fast path in place ({@link StaediFastPath}).
 */
public final class X12Schemas {

  static final String LOCATION = "edi/schemas/";

  private static final X12Schemas DEFAULT = new X12Schemas();

  private final Map<X12Transaction, Schema> schemas = new EnumMap<>(X12Transaction.class);
  private final Schema controlSchema;

  private X12Schemas() {
    StaediFastPath.require();
    try {
      ClassLoader loader = X12Schemas.class.getClassLoader();
      URL base = loader.getResource(LOCATION);
      for (X12Transaction t : X12Transaction.values()) {
        URL url = loader.getResource(LOCATION + t.schemaFile());
        if (url == null) {
          throw new IllegalStateException("missing schema " + LOCATION + t.schemaFile());
        }
        SchemaFactory factory = SchemaFactory.newFactory();
        factory.setProperty(SchemaFactory.SCHEMA_LOCATION_URL_CONTEXT, base);
        schemas.put(t, factory.createSchema(url));
      }
      controlSchema = SchemaFactory.newFactory().getControlSchema("X12", new String[] {"00501"});
    } catch (EDISchemaException e) {
      throw new IllegalStateException("cannot load X12 schemas: " + e.getMessage(), e);
    }
  }

  /** The shared, lazily loaded instance. */
  public static X12Schemas get() {
    return DEFAULT;
  }

  public Schema schema(X12Transaction transaction) {
    return schemas.get(transaction);
  }

  /** StAEDI's X12 00501 interchange control schema (ISA/GS/ST/SE/GE/IEA). */
  public Schema controlSchema() {
    return controlSchema;
  }
}
