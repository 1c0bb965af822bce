package com.infusionbilling.runtime.command;

import com.infusionbilling.runtime.shared.InvalidArgumentException;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Bounds on what one deployment may ask the runtime to parse, checked before the model parser (and
 * any transaction) sees a resource, so a huge or malicious model is a fast 400 and the runtime
 * keeps serving: each resource at most {@code maxResourceBytes}; each XML resource (BPMN, DMN) at
 * most {@code maxElements} elements nested at most {@code maxDepth} deep, counted by a streaming
 * pass that stops at the first excess and refuses DTDs and external entities.
 *
 * <p>Settings of the runtime (system properties or environment): {@code
 * runtime.deployment.max-resource-size} (10MB), {@code runtime.deployment.max-elements} (100000),
 * {@code runtime.deployment.max-depth} (64).
 */
public final class DeploymentLimits {
  public static final long DEFAULT_MAX_RESOURCE_BYTES = 10L * 1024 * 1024;
  public static final int DEFAULT_MAX_ELEMENTS = 100_000;
  public static final int DEFAULT_MAX_DEPTH = 64;

  private final long maxResourceBytes;
  private final int maxElements;
  private final int maxDepth;
  private final XMLInputFactory xml;

  public DeploymentLimits(long maxResourceBytes, int maxElements, int maxDepth) {
    this.maxResourceBytes = maxResourceBytes;
    this.maxElements = maxElements;
    this.maxDepth = maxDepth;
    this.xml = XMLInputFactory.newFactory();
    xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
  }

  public static DeploymentLimits defaults() {
    return new DeploymentLimits(
        DEFAULT_MAX_RESOURCE_BYTES, DEFAULT_MAX_ELEMENTS, DEFAULT_MAX_DEPTH);
  }

  /** Refuses the first resource beyond a limit with an INVALID_ARGUMENT naming it. */
  public void check(List<DeploymentProcessor.Resource> resources) {
    if (resources == null) {
      return;
    }
    for (DeploymentProcessor.Resource r : resources) {
      String name = r.name() == null ? "" : r.name();
      int size = r.content() == null ? 0 : r.content().length;
      if (size > maxResourceBytes) {
        throw rejected(
            name,
            "the resource has "
                + size
                + " bytes, more than the limit of "
                + maxResourceBytes
                + " (runtime.deployment.max-resource-size)");
      }
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".bpmn") || lower.endsWith(".xml") || lower.endsWith(".dmn")) {
        scan(name, r.content());
      }
    }
  }

  private void scan(String name, byte[] content) {
    int elements = 0;
    int depth = 0;
    XMLStreamReader reader = null;
    try {
      reader = xml.createXMLStreamReader(new ByteArrayInputStream(content));
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          if (++elements > maxElements) {
            throw rejected(
                name,
                "the model has more than "
                    + maxElements
                    + " XML elements (runtime.deployment.max-elements)");
          }
          if (++depth > maxDepth) {
            throw rejected(
                name,
                "the model nests XML elements more than "
                    + maxDepth
                    + " deep (runtime.deployment.max-depth)");
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        } else if (event == XMLStreamConstants.DTD) {
          throw rejected(name, "a DTD is not allowed in a model");
        }
      }
    } catch (XMLStreamException e) {
      // Not well-formed: the model parser reports it with its own message.
    } finally {
      if (reader != null) {
        try {
          reader.close();
        } catch (XMLStreamException ignored) {
          // nothing held
        }
      }
    }
  }

  private static InvalidArgumentException rejected(String name, String reason) {
    return new InvalidArgumentException(
        "Expected to deploy new resources, but encountered the following errors:\n'"
            + name
            + "': "
            + reason);
  }
}
