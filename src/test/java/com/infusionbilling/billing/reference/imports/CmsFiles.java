package com.infusionbilling.billing.reference.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Small test files in the CMS layouts, under src/test/resources/cms (figures made up). */
public final class CmsFiles {
  private CmsFiles() {}

  public static byte[] bytes(String name) {
    try (InputStream in = CmsFiles.class.getResourceAsStream("/cms/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test file /cms/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(String name) {
    return CmsTable.decode(bytes(name));
  }
}
