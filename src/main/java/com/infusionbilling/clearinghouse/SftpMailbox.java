package com.infusionbilling.clearinghouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.KnownHostsServerKeyVerifier;
import org.apache.sshd.client.keyverifier.RejectAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.FileKeyPairProvider;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A mailbox on an SFTP server, through the Apache MINA SSHD client. One session is kept open and
 * re-established after a connection loss; every operation is retried with back-off. Uploads go to a
 * dot-prefixed temporary name and are renamed when complete, so the clearinghouse never picks up a
 * partial file. Credentials are never logged.
 */
public class SftpMailbox implements Mailbox, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SftpMailbox.class);

  private final ClearinghouseProperties.Sftp config;
  private final Map<MailboxFolder, String> folders = new EnumMap<>(MailboxFolder.class);
  private final RetryPolicy retry;
  private SshClient client;
  private ClientSession session;
  private SftpClient sftp;

  public SftpMailbox(
      ClearinghouseProperties.Sftp config,
      ClearinghouseProperties.Folders names,
      RetryPolicy retry) {
    this.config = config;
    this.retry = retry;
    folders.put(MailboxFolder.OUTBOUND, names.outbound());
    folders.put(MailboxFolder.INBOUND, names.inbound());
    folders.put(MailboxFolder.ARCHIVE, names.archive());
    folders.put(MailboxFolder.QUARANTINE, names.quarantine());
    folders.put(MailboxFolder.COUNTERPARTY_RECEIVED, names.counterpartyReceived());
  }

  private String path(MailboxFolder folder, String name) {
    return folders.get(folder) + "/" + name;
  }

  private synchronized SftpClient sftp() throws IOException {
    if (sftp != null && sftp.isOpen() && session != null && session.isOpen()) {
      return sftp;
    }
    disconnect();
    if (client == null) {
      client = SshClient.setUpDefaultClient();
      if (config.knownHosts() != null) {
        client.setServerKeyVerifier(
            new KnownHostsServerKeyVerifier(
                RejectAllServerKeyVerifier.INSTANCE, config.knownHosts()));
      } else {
        client.setServerKeyVerifier(
            (s, address, key) -> {
              log.warn(
                  "SFTP host key of {} accepted without known_hosts: {}",
                  address,
                  KeyUtils.getFingerPrint(key));
              return true;
            });
      }
      if (config.privateKey() != null) {
        FileKeyPairProvider keys = new FileKeyPairProvider(config.privateKey());
        if (!config.privateKeyPassphrase().isEmpty()) {
          keys.setPasswordFinder(FilePasswordProvider.of(config.privateKeyPassphrase()));
        }
        client.setKeyIdentityProvider(keys);
      }
      client.start();
    }
    session =
        client
            .connect(config.username(), config.host(), config.port())
            .verify(config.connectTimeout())
            .getSession();
    if (!config.password().isEmpty()) {
      session.addPasswordIdentity(config.password());
    }
    session.auth().verify(config.connectTimeout());
    sftp = SftpClientFactory.instance().createSftpClient(session);
    for (String dir : folders.values()) {
      ensureDirectory(sftp, dir);
    }
    log.info("connected to {}", describe());
    return sftp;
  }

  private static void ensureDirectory(SftpClient c, String dir) throws IOException {
    try {
      c.stat(dir);
    } catch (SftpException e) {
      if (e.getStatus() == SftpConstants.SSH_FX_NO_SUCH_FILE) {
        c.mkdir(dir);
      } else {
        throw e;
      }
    }
  }

  /** Drops the session after a failure; the next operation reconnects. */
  private synchronized void disconnect() {
    try {
      if (sftp != null) {
        sftp.close();
      }
    } catch (IOException | RuntimeException e) {
      log.debug("closing SFTP channel: {}", e.toString());
    }
    try {
      if (session != null) {
        session.close(true);
      }
    } catch (RuntimeException e) {
      log.debug("closing SSH session: {}", e.toString());
    }
    sftp = null;
    session = null;
  }

  /**
   * A server's answer (no such file, permission denied, ...) is final; anything else is retried.
   */
  private static boolean isTransient(IOException e) {
    return !(e instanceof SftpException) && !(e instanceof FileAlreadyExistsException);
  }

  private <T> T withRetry(String what, RetryPolicy.Attempt<T> attempt) throws IOException {
    return retry.run("SFTP " + what, SftpMailbox::isTransient, this::disconnect, attempt);
  }

  @Override
  public List<String> list(MailboxFolder folder) throws IOException {
    return withRetry(
        "list " + folders.get(folder),
        () -> {
          List<String> names = new ArrayList<>();
          for (SftpClient.DirEntry e : sftp().readDir(folders.get(folder))) {
            String n = e.getFilename();
            if (e.getAttributes().isRegularFile() && !n.startsWith(".")) {
              names.add(n);
            }
          }
          names.sort(String::compareTo);
          return names;
        });
  }

  @Override
  public boolean exists(MailboxFolder folder, String name) throws IOException {
    return withRetry("stat " + name, () -> exists(sftp(), path(folder, name)));
  }

  private static boolean exists(SftpClient c, String path) throws IOException {
    try {
      c.stat(path);
      return true;
    } catch (SftpException e) {
      if (e.getStatus() == SftpConstants.SSH_FX_NO_SUCH_FILE) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public long size(MailboxFolder folder, String name) throws IOException {
    return withRetry("stat " + name, () -> sftp().stat(path(folder, name)).getSize());
  }

  @Override
  public byte[] read(MailboxFolder folder, String name) throws IOException {
    return withRetry(
        "read " + name,
        () -> {
          try (InputStream in = sftp().read(path(folder, name))) {
            return in.readAllBytes();
          }
        });
  }

  @Override
  public void writeAtomically(MailboxFolder folder, String name, byte[] content)
      throws IOException {
    String target = path(folder, name);
    String temp = path(folder, "." + name + ".part");
    withRetry(
        "upload " + name,
        () -> {
          SftpClient c = sftp();
          if (exists(c, target)) {
            throw new FileAlreadyExistsException(name);
          }
          // Create + Truncate: a partial temp file left by a dropped connection is overwritten
          try (OutputStream out = c.write(temp)) {
            out.write(content);
          }
          c.rename(temp, target);
          return null;
        });
  }

  @Override
  public void move(MailboxFolder from, String name, MailboxFolder to, String newName)
      throws IOException {
    String source = path(from, name);
    String target = path(to, newName);
    withRetry(
        "move " + name,
        () -> {
          SftpClient c = sftp();
          if (exists(c, target)) {
            if (!exists(c, source)) {
              return null; // an earlier attempt moved it before the connection dropped
            }
            throw new FileAlreadyExistsException(newName);
          }
          c.rename(source, target);
          return null;
        });
  }

  @Override
  public String describe() {
    return "SFTP mailbox " + config.username() + "@" + config.host() + ":" + config.port();
  }

  @Override
  public synchronized void close() {
    disconnect();
    if (client != null) {
      client.stop();
      client = null;
    }
  }
}
