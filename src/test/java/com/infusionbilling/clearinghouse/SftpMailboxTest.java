package com.infusionbilling.clearinghouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.infusionbilling.edi.model.EligibilityResponse;
import com.infusionbilling.testing.X12Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The SFTP mailbox against an embedded Apache MINA SSHD SFTP server on 127.0.0.1 (random port) that
 * can drop the connection in the middle of an upload or of a rename.
 */
@SpringBootTest(
    properties = {
      "clearinghouse.mode=sftp",
      "clearinghouse.sftp.username=ibw",
      "clearinghouse.sftp.password=test-only-secret",
      "clearinghouse.sftp.connect-timeout=5s",
      // three attempts (tests count their dropped connections against them), with back-off
      // long enough for a reconnect on a loaded machine
      "clearinghouse.retry.max-attempts=3",
      "clearinghouse.retry.initial-backoff=50ms",
      "clearinghouse.retry.max-backoff=500ms",
      "clearinghouse.poll.enabled=false",
      "clearinghouse.sandbox.enabled=false",
    })
@Import(ClearinghouseTestConfiguration.class)
class SftpMailboxTest {

  private static SshServer server;
  private static Path root;
  private static final AtomicInteger dropWrites = new AtomicInteger();
  private static final AtomicInteger dropRenames = new AtomicInteger();
  private static final AtomicInteger sessions = new AtomicInteger();

  @Autowired ClearinghouseGateway gateway;
  @Autowired RecordingListener events;
  @Autowired JdbcTemplate jdbc;

  @DynamicPropertySource
  static void sftpServer(DynamicPropertyRegistry registry) throws IOException {
    if (server == null) {
      root = Files.createTempDirectory("sftp-root");
      server = SshServer.setUpDefaultServer();
      server.setHost("127.0.0.1");
      server.setPort(0);
      server.setKeyPairProvider(
          new SimpleGeneratorHostKeyProvider(
              root.resolveSibling(root.getFileName() + "-hostkey.ser")));
      server.setPasswordAuthenticator(
          (user, password, session) -> "ibw".equals(user) && "test-only-secret".equals(password));
      SftpSubsystemFactory sftp = new SftpSubsystemFactory();
      sftp.addSftpEventListener(new FaultInjector());
      server.setSubsystemFactories(List.of(sftp));
      server.setFileSystemFactory(new VirtualFileSystemFactory(root));
      server.addSessionListener(
          new org.apache.sshd.common.session.SessionListener() {
            @Override
            public void sessionCreated(org.apache.sshd.common.session.Session session) {
              sessions.incrementAndGet();
            }
          });
      server.start();
    }
    registry.add("clearinghouse.sftp.host", () -> "127.0.0.1");
    registry.add("clearinghouse.sftp.port", () -> server.getPort());
  }

  /** Drops the session (as a network failure would) on chosen writes and renames. */
  static final class FaultInjector implements SftpEventListener {
    @Override
    public void writing(
        ServerSession session,
        String remoteHandle,
        FileHandle localHandle,
        long offset,
        byte[] data,
        int dataOffset,
        int dataLen)
        throws IOException {
      if (dropWrites.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        session.close(true);
        throw new IOException("connection dropped by test");
      }
    }

    @Override
    public void moving(
        ServerSession session, Path srcPath, Path dstPath, Collection<CopyOption> opts)
        throws IOException {
      if (dropRenames.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        session.close(true);
        throw new IOException("connection dropped by test");
      }
    }
  }

  @AfterAll
  static void stop() throws IOException {
    if (server != null) {
      server.stop(true);
    }
  }

  @BeforeEach
  void reset() throws IOException {
    dropWrites.set(0);
    dropRenames.set(0);
    events.clear();
    for (String folder : new String[] {"outbound", "inbound", "archive", "quarantine"}) {
      Path dir = root.resolve(folder);
      Files.createDirectories(dir);
      // test hygiene only (the product never deletes mailbox files): one test's leftovers must
      // not become the next test's input
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.toList()) {
          Files.deleteIfExists(f);
        }
      }
    }
  }

  private static List<String> files(String folder) throws IOException {
    try (Stream<Path> s = Files.list(root.resolve(folder))) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void uploadSurvivesAConnectionDropMidUploadAndIsSentOnce() throws Exception {
    int sessionsBefore = sessions.get();
    dropWrites.set(1);
    var claim = X12Samples.infliximabOfficeClaim("SFTP0001", X12Samples.JANE);

    Submission s = gateway.submit("sftp-drop-mid-upload", List.of(claim));
    Submission again = gateway.submit("sftp-drop-mid-upload", List.of(claim));

    assertThat(again.alreadySent()).isTrue();
    assertThat(files("outbound"))
        .filteredOn(n -> n.contains(s.interchangeControlNumber()))
        .containsExactly(s.fileName());
    assertThat(files("outbound")).noneMatch(n -> n.endsWith(".part"));
    byte[] stored =
        jdbc.queryForObject(
            "SELECT content FROM clearinghouse_outbound_batch WHERE batch_key = ?",
            byte[].class,
            "sftp-drop-mid-upload");
    assertThat(Files.readAllBytes(root.resolve("outbound").resolve(s.fileName())))
        .isEqualTo(stored);
    assertThat(sessions.get() - sessionsBefore)
        .as("reconnected after the drop")
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void anUploadThatKeepsFailingIsResentLaterWithTheSameInterchange() throws Exception {
    dropWrites.set(3); // every attempt of the first call
    var q = X12Samples.inquiry("SFTP-T1", X12Samples.INQUIRY_MEMBER);

    assertThatThrownBy(() -> gateway.submit("sftp-keeps-failing", List.of(q)))
        .isInstanceOf(ClearinghouseUnavailableException.class);
    String status =
        jdbc.queryForObject(
            "SELECT status FROM clearinghouse_outbound_batch WHERE batch_key = 'sftp-keeps-failing'",
            String.class);
    String icn =
        jdbc.queryForObject(
            "SELECT interchange_control_number FROM clearinghouse_outbound_batch WHERE batch_key = 'sftp-keeps-failing'",
            String.class);
    assertThat(status).isEqualTo("PREPARED");

    Submission later = gateway.submit("sftp-keeps-failing", List.of(q));

    assertThat(later.alreadySent()).isFalse();
    assertThat(later.interchangeControlNumber()).isEqualTo(icn);
    assertThat(files("outbound")).contains(later.fileName());
  }

  @Test
  void aFileWhoseArchivingFailedIsNotProcessedTwice() throws Exception {
    String file =
        new String(
                getClass()
                    .getResourceAsStream("/x12/inbound/271-active-pa-required.x12")
                    .readAllBytes(),
                StandardCharsets.US_ASCII)
            .replace("TRACE0001", "SFTP-DUP-" + System.nanoTime());
    Files.writeString(root.resolve("inbound/271-dup.x12"), file, StandardCharsets.US_ASCII);
    dropRenames.set(3); // archiving fails on every attempt of the first poll

    InboundPollResult first = gateway.pollInbound();
    InboundPollResult second = gateway.pollInbound();

    assertThat(first.failed()).isEqualTo(1);
    assertThat(second).isEqualTo(new InboundPollResult(0, 0, 1, 0));
    assertThat(events.messages(EligibilityResponse.class)).hasSize(1);
    assertThat(files("inbound")).isEmpty();
    assertThat(files("archive")).contains("271-dup.x12");
  }

  @Test
  void anInvalidFileIsQuarantinedWithItsErrorReport() throws Exception {
    byte[] bad =
        getClass().getResourceAsStream("/x12/malformed/unknown-qualifier.x12").readAllBytes();
    Files.write(root.resolve("inbound/bad-qualifier.x12"), bad);

    InboundPollResult r = gateway.pollInbound();

    assertThat(r.quarantined()).isEqualTo(1);
    assertThat(events.received).isEmpty();
    assertThat(files("quarantine")).contains("bad-qualifier.x12", "bad-qualifier.x12.error.txt");
    assertThat(Files.readString(root.resolve("quarantine/bad-qualifier.x12.error.txt")))
        .contains("NM1 in loop 2010BB, element NM108: code value or qualifier not allowed");
  }

  @Test
  void aDroppedConnectionWhilePollingIsRetried() throws Exception {
    String file =
        new String(
                getClass()
                    .getResourceAsStream("/x12/inbound/278-response-pended.x12")
                    .readAllBytes(),
                StandardCharsets.US_ASCII)
            .replace("AUTHTRACE1", "SFTP-RETRY-" + System.nanoTime());
    Files.writeString(root.resolve("inbound/278-retry.x12"), file, StandardCharsets.US_ASCII);
    dropRenames.set(1); // the first archive attempt drops, the retry succeeds

    InboundPollResult r = gateway.pollInbound();

    assertThat(r).isEqualTo(new InboundPollResult(1, 0, 0, 0));
    assertThat(files("archive")).contains("278-retry.x12");
  }
}
