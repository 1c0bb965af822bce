package com.infusionbilling.clearinghouse;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A mailbox in local directories, for example {@code ./data/mailbox/{outbound,inbound,...}}. */
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
          .filter(Files::isRegularFile)
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith("."))
          .sorted()
          .toList();
    }
  }

  @Override
  public boolean exists(MailboxFolder folder, String name) {
    return Files.exists(path(folder).resolve(name));
  }

  @Override
  public byte[] read(MailboxFolder folder, String name) throws IOException {
    return Files.readAllBytes(path(folder).resolve(name));
  }

  @Override
  public void writeAtomically(MailboxFolder folder, String name, byte[] content)
      throws IOException {
    Path target = path(folder).resolve(name);
    if (Files.exists(target)) {
      throw new FileAlreadyExistsException(name);
    }
    Path temp = path(folder).resolve("." + name + ".part");
    Files.write(temp, content);
    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
  }

  @Override
  public void move(MailboxFolder from, String name, MailboxFolder to, String newName)
      throws IOException {
    Path target = path(to).resolve(newName);
    if (Files.exists(target)) {
      throw new FileAlreadyExistsException(newName);
    }
    Files.move(path(from).resolve(name), target, StandardCopyOption.ATOMIC_MOVE);
  }

  @Override
  public String describe() {
    return "local mailbox " + base;
  }
}
