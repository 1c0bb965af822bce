package com.infusionbilling.clearinghouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A mailbox in local directories, for example {@code ./data/mailbox/{outbound,inbound,...}}. It
 * never follows a symbolic link: links are not listed, not read, and never written through (new
 * files are created exclusively under a fresh temporary name, so a link planted at a {@code .part}
 * name is left alone).
 */
public class LocalDirectoryMailbox implements Mailbox {

  private final Path base;
  private final Map<MailboxFolder, Path> folders = new EnumMap<>(MailboxFolder.class);

  public LocalDirectoryMailbox(Path base, ClearinghouseProperties.Folders names) {
    this.base = base.toAbsolutePath().normalize();
    folders.put(MailboxFolder.OUTBOUND, this.base.resolve(names.outbound()));
    folders.put(MailboxFolder.INBOUND, this.base.resolve(names.inbound()));
    folders.put(MailboxFolder.ARCHIVE, this.base.resolve(names.archive()));
    folders.put(MailboxFolder.QUARANTINE, this.base.resolve(names.quarantine()));
    folders.put(
        MailboxFolder.COUNTERPARTY_RECEIVED, this.base.resolve(names.counterpartyReceived()));
    for (Path p : folders.values()) {
      try {
        Files.createDirectories(p);
      } catch (IOException e) {
        throw new IllegalStateException("cannot create mailbox folder " + p, e);
      }
    }
  }

  public Path path(MailboxFolder folder) {
    return folders.get(folder);
  }

  @Override
  public List<String> list(MailboxFolder folder) throws IOException {
    try (Stream<Path> files = Files.list(path(folder))) {
      return files
          .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith("."))
          .sorted()
          .toList();
    }
  }

  @Override
  public boolean exists(MailboxFolder folder, String name) throws IOException {
    return Files.exists(file(folder, name), LinkOption.NOFOLLOW_LINKS);
  }

  @Override
  public long size(MailboxFolder folder, String name) throws IOException {
    return regular(folder, name).size();
  }

  @Override
  public byte[] read(MailboxFolder folder, String name) throws IOException {
    regular(folder, name);
    try (InputStream in = Files.newInputStream(file(folder, name), LinkOption.NOFOLLOW_LINKS)) {
      return in.readAllBytes();
    }
  }

  @Override
  public void writeAtomically(MailboxFolder folder, String name, byte[] content)
      throws IOException {
    Path target = file(folder, name);
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileAlreadyExistsException(name);
    }
    Path temp = file(folder, "." + name + "." + UUID.randomUUID() + ".part");
    try (OutputStream out =
        Files.newOutputStream(
            temp,
            StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE,
            LinkOption.NOFOLLOW_LINKS)) {
      out.write(content);
    }
    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The file's path; a name that leaves its folder ({@code ../x}, {@code a/b}) is refused. */
  private Path file(MailboxFolder folder, String name) throws IOException {
    Path dir = path(folder);
    Path p = dir.resolve(name).normalize();
    if (!dir.equals(p.getParent())) {
      throw new IOException("not a plain file name: " + MailboxNames.forLog(name));
    }
    return p;
  }

  /** The attributes of a regular file; a link or anything else is refused. */
  private BasicFileAttributes regular(MailboxFolder folder, String name) throws IOException {
    BasicFileAttributes a =
        Files.readAttributes(
            file(folder, name), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    if (!a.isRegularFile()) {
      throw new IOException("not a regular file (a link?): " + MailboxNames.forLog(name));
    }
    return a;
  }

  @Override
  public void move(MailboxFolder from, String name, MailboxFolder to, String newName)
      throws IOException {
    Path target = file(to, newName);
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileAlreadyExistsException(newName);
    }
    Files.move(file(from, name), target, StandardCopyOption.ATOMIC_MOVE);
  }

  @Override
  public String describe() {
    return "local mailbox " + base;
  }
}
