package com.infusionbilling.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * The one guard every file upload goes through (reference data, chargemaster, future invoices): the
 * upload's size, and for a zip the number of entries, the expanded size and the expansion ratio,
 * all enforced while reading, so a zip bomb (1 MB that expands to 1 GB) is refused after at most
 * {@code max-ratio} times its own size has been expanded, never held in memory whole.
 *
 * <pre>
 * byte[] content = uploads.read(file);                  // size-checked bytes of the part
 * if (UploadGuard.isZip(content)) {
 *   for (UploadGuard.Entry e : uploads.unzip(content, name -> name.endsWith(".csv"))) { ... }
 * }
 * </pre>
 *
 * A refusal is an {@link UploadRejectedException} naming the field; the APIs answer it with a 400
 * {@code application/problem+json}.
 */
@Component
@EnableConfigurationProperties(UploadGuard.Limits.class)
public class UploadGuard {

  /**
   * {@code web.uploads.*}: the largest upload, the largest total a zip may expand to, its most
   * entries, and the largest expanded-to-compressed ratio (checked once more than 1 MB has been
   * expanded).
   */
  @ConfigurationProperties("web.uploads")
  public record Limits(
      @DefaultValue("200MB") DataSize maxSize,
      @DefaultValue("256MB") DataSize maxExpanded,
      @DefaultValue("100") int maxEntries,
      @DefaultValue("100") int maxRatio) {}

  /** One file taken out of a zip. */
  public record Entry(String name, byte[] content) {}

  /** An upload refused by a limit or unreadable; {@code field} names the multipart part. */
  public static class UploadRejectedException extends RuntimeException {
    private final String field;

    public UploadRejectedException(String field, String message) {
      super(message);
      this.field = field;
    }

    public String field() {
      return field;
    }
  }

  private static final long RATIO_GRACE = 1024 * 1024;

  private final Limits limits;

  public UploadGuard(Limits limits) {
    this.limits = limits;
  }

  public Limits limits() {
    return limits;
  }

  /** The part's bytes, refused (before reading) when larger than {@code web.uploads.max-size}. */
  public byte[] read(MultipartFile file) {
    if (file == null || file.isEmpty()) {
      throw new UploadRejectedException("file", "file: the uploaded file is empty");
    }
    if (file.getSize() > limits.maxSize().toBytes()) {
      throw new UploadRejectedException(
          "file",
          "file: "
              + file.getSize()
              + " bytes, more than web.uploads.max-size ("
              + limits.maxSize()
              + ")");
    }
    try (InputStream in = file.getInputStream()) {
      return bounded(in, limits.maxSize().toBytes(), "file: larger than web.uploads.max-size");
    } catch (IOException e) {
      throw new UploadRejectedException("file", "file: the upload could not be read");
    }
  }

  /** Whether the bytes start like a zip (local file header {@code PK\3\4}). */
  public static boolean isZip(byte[] content) {
    return content != null
        && content.length > 4
        && content[0] == 'P'
        && content[1] == 'K'
        && content[2] == 3
        && content[3] == 4;
  }

  /**
   * The wanted entries of a zip (directories never), expanded under the limits: at most {@code
   * max-entries} entries in the zip, at most {@code max-expanded} bytes in total, and at most
   * {@code max-ratio} times the zip's own size.
   */
  public List<Entry> unzip(byte[] zip, Predicate<String> wanted) {
    long maxTotal = Math.min(limits.maxExpanded().toBytes(), ratioBound(zip.length));
    List<Entry> out = new ArrayList<>();
    long total = 0;
    int entries = 0;
    try (ZipInputStream in =
        new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      ZipEntry entry;
      byte[] buffer = new byte[64 * 1024];
      while ((entry = in.getNextEntry()) != null) {
        if (++entries > limits.maxEntries()) {
          throw new UploadRejectedException(
              "file", "file: the zip holds more than " + limits.maxEntries() + " entries");
        }
        boolean keep = !entry.isDirectory() && wanted.test(entry.getName());
        ByteArrayOutputStream content = keep ? new ByteArrayOutputStream() : null;
        int n;
        while ((n = in.read(buffer)) > 0) {
          total += n;
          if (total > maxTotal) {
            throw new UploadRejectedException("file", expandsTooFar(zip.length, maxTotal));
          }
          if (keep) {
            content.write(buffer, 0, n);
          }
        }
        if (keep) {
          out.add(new Entry(entry.getName(), content.toByteArray()));
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new UploadRejectedException("file", "file: the zip cannot be read");
    }
    return out;
  }

  private long ratioBound(long compressed) {
    long byRatio = compressed * (long) limits.maxRatio();
    return Math.max(byRatio, RATIO_GRACE);
  }

  private String expandsTooFar(long compressed, long bound) {
    return "file: the zip ("
        + compressed
        + " bytes) expands to more than "
        + bound
        + " bytes (web.uploads.max-expanded "
        + limits.maxExpanded()
        + ", web.uploads.max-ratio "
        + limits.maxRatio()
        + ":1)";
  }

  private static byte[] bounded(InputStream in, long max, String message) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      total += n;
      if (total > max) {
        throw new UploadRejectedException("file", message);
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }
}
