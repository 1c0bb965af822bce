package com.infusionbilling.runtime.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

/**
 * The runtime's password when nobody configured one: 32 random bytes, generated at the first start
 * and kept in a file in the data folder that only the application's user may read (mode 600 where
 * the file system has POSIX permissions), so every later start, and the application's own client,
 * use the same one. A file readable by others is narrowed to its owner again.
 */
public final class GeneratedSecret {

  /** The user name that goes with a generated password. */
  public static final String USERNAME = "infusion-billing";

  private static final Set<PosixFilePermission> OWNER_ONLY =
      EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

  /** What {@link #readOrCreate} found: the secret, and whether it was created just now. */
  public record Secret(String password, boolean created, boolean permissionsNarrowed) {
    @Override
    public String toString() {
      return "Secret[password=***, created=" + created + "]";
    }
  }

  private GeneratedSecret() {}

  /** Reads the secret from the file, creating the file (and its folder) first if needed. */
  public static Secret readOrCreate(Path file) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      if (Files.exists(file)) {
        String existing = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (!existing.isEmpty()) {
          return new Secret(existing, false, narrow(file));
        }
      }
      String password = random();
      Path temp = Files.createTempFile(dir, ".runtime-secret", ".tmp");
      try {
        narrow(temp);
        Files.writeString(temp, password + "\n", StandardCharsets.UTF_8);
        try {
          Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, file);
        }
      } catch (FileAlreadyExistsException e) {
        // another start on the same data folder wrote it first: use theirs
        return new Secret(Files.readString(file, StandardCharsets.UTF_8).strip(), false, false);
      } finally {
        Files.deleteIfExists(temp);
      }
      return new Secret(password, true, false);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "runtime.embedded.auth: cannot read or create the runtime's secret file "
              + file.toAbsolutePath()
              + " ("
              + e.getMessage()
              + "); make its folder writable, set runtime.embedded.auth.username/password, or"
              + " runtime.embedded.auth.secret-file",
          e);
    }
  }

  /** True when the file is readable by its owner only. */
  public static boolean ownerOnly(Path file) throws IOException {
    PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    if (posix != null) {
      return OWNER_ONLY.containsAll(posix.readAttributes().permissions());
    }
    return true;
  }

  /** Narrows the file to its owner; true when it had to. */
  private static boolean narrow(Path file) throws IOException {
    PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    if (posix != null) {
      if (OWNER_ONLY.containsAll(posix.readAttributes().permissions())) {
        return false;
      }
      posix.setPermissions(PosixFilePermissions.fromString("rw-------"));
      return true;
    }
    var f = file.toFile();
    boolean changed = f.setReadable(false, false) && f.setWritable(false, false);
    f.setReadable(true, true);
    f.setWritable(true, true);
    return changed;
  }

  private static String random() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
