package com.infusionbilling.clearinghouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.infusionbilling.edi.X12Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Issue 11 item 7: the mailbox never follows a symbolic link, and the inbound poll survives files
 * it cannot read (too large, or the reader dies of out-of-memory): each goes to quarantine with a
 * reason file and an alert managers can list, and the poll goes on with the next file. The poller's
 * health shows on /actuator/health.
 */
@ExtendWith(OutputCaptureExtension.class)
class HostileMailboxTest extends LocalMailboxTestBase {
  @Autowired InboundAlerts alerts;
  @Autowired ClearinghouseProperties props;
  @Autowired HealthEndpoint healthEndpoint;

  static final Path OUTSIDE = Path.of("target/mailbox-victim.txt");

  @AfterEach
  void realValidation() {
    ((MailboxClearinghouseGateway) gateway)
        .validateWith(content -> new X12Validator().validate(new ByteArrayInputStream(content)));
  }

  byte[] remittance() throws IOException {
    byte[] file =
        getClass()
            .getResourceAsStream("/x12/inbound/835-two-groups-three-payments.x12")
            .readAllBytes();
    return new String(file, StandardCharsets.US_ASCII)
        .replace("CHK900001", "CHK" + System.nanoTime())
        .getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void aSymlinkPlantedAtAnOutboundPartNameIsNotFollowed() throws Exception {
    Files.writeString(OUTSIDE, "victim");
    Path planted = BASE.resolve("outbound/.claim-1.x12.part");
    Files.createSymbolicLink(planted, OUTSIDE.toAbsolutePath());

    mailbox.writeAtomically(MailboxFolder.OUTBOUND, "claim-1.x12", "ISA*PHI".getBytes());

    assertThat(Files.readString(OUTSIDE)).isEqualTo("victim");
    Path written = BASE.resolve("outbound/claim-1.x12");
    assertThat(Files.isRegularFile(written, LinkOption.NOFOLLOW_LINKS)).isTrue();
    assertThat(Files.readString(written)).isEqualTo("ISA*PHI");
  }

  @Test
  void aSymlinkAtTheTargetNameIsRefusedNotWrittenThrough() throws Exception {
    Files.writeString(OUTSIDE, "victim");
    Files.createSymbolicLink(BASE.resolve("outbound/claim-2.x12"), OUTSIDE.toAbsolutePath());

    assertThatThrownBy(
            () ->
                mailbox.writeAtomically(
                    MailboxFolder.OUTBOUND, "claim-2.x12", "ISA*PHI".getBytes()))
        .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
    assertThat(Files.readString(OUTSIDE)).isEqualTo("victim");
  }

  @Test
  void anInboundSymlinkIsNeitherListedNorRead() throws Exception {
    Files.writeString(OUTSIDE, "victim");
    Files.createSymbolicLink(BASE.resolve("inbound/link.835"), OUTSIDE.toAbsolutePath());

    assertThat(mailbox.list(MailboxFolder.INBOUND)).doesNotContain("link.835");
    assertThatThrownBy(() -> mailbox.read(MailboxFolder.INBOUND, "link.835"))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(() -> mailbox.read(MailboxFolder.INBOUND, "../archive/x"))
        .isInstanceOf(IOException.class);
    Files.delete(BASE.resolve("inbound/link.835")); // test hygiene
  }

  @Test
  void aFileOverTheSizeLimitIsQuarantinedWithAReasonAndAnAlertAndTheNextFileIsProcessed(
      CapturedOutput output) throws Exception {
    long limit = props.poll().maxFileSize().toBytes();
    String junk = "junk\u001b[31m.x12";
    try (OutputStream out = Files.newOutputStream(BASE.resolve("inbound/" + junk))) {
      byte[] chunk = new byte[1 << 20];
      for (long written = 0; written <= limit; written += chunk.length) {
        out.write(chunk);
      }
    }
    Files.write(BASE.resolve("inbound/remit-after-junk.835"), remittance());
    long alertsBefore = alerts.count();

    InboundPollResult r = gateway.pollInbound();

    assertThat(r.processed()).isEqualTo(1);
    assertThat(r.quarantined()).isEqualTo(1);
    assertThat(names("quarantine")).containsExactly(junk, junk + ".error.txt");
    assertThat(Files.readString(BASE.resolve("quarantine/" + junk + ".error.txt")))
        .contains("more than clearinghouse.poll.max-file-size");
    assertThat(names("archive")).containsExactly("remit-after-junk.835");
    assertThat(alerts.count()).isEqualTo(alertsBefore + 1);
    assertThat(alerts.latest(1).get(0).reason()).contains("max-file-size");
    assertThat(alerts.latest(1).get(0).fileName()).isEqualTo("junk?[31m.x12");
    assertThat(output.getAll()).contains("ALERT INBOUND_QUARANTINED").doesNotContain("\u001b");
  }

  @Test
  void outOfMemoryWhileReadingOneFileQuarantinesItAndThePollGoesOnWithTheNext() throws Exception {
    ((MailboxClearinghouseGateway) gateway)
        .validateWith(
            content -> {
              if (new String(content, StandardCharsets.US_ASCII).startsWith("HUGE")) {
                throw new OutOfMemoryError("Java heap space");
              }
              return new X12Validator().validate(new ByteArrayInputStream(content));
            });
    Files.writeString(BASE.resolve("inbound/a-huge.x12"), "HUGE junk");
    Files.write(BASE.resolve("inbound/b-remit.835"), remittance());

    InboundPollResult r = gateway.pollInbound();

    assertThat(r.quarantined()).isEqualTo(1);
    assertThat(r.processed()).isEqualTo(1);
    assertThat(names("quarantine")).containsExactly("a-huge.x12", "a-huge.x12.error.txt");
    assertThat(Files.readString(BASE.resolve("quarantine/a-huge.x12.error.txt")))
        .contains("java.lang.OutOfMemoryError");
    assertThat(alerts.latest(1).get(0).fileName()).isEqualTo("a-huge.x12");
    var health = healthEndpoint.healthForPath("clearinghouseInbound");
    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(
            ((org.springframework.boot.actuate.health.Health) health)
                .getDetails()
                .get("unreadableFilesQuarantined"))
        .isNotEqualTo(0L);
  }

  @Test
  void thePollerSurvivesAnyErrorAndKeepsPolling() {
    ClearinghouseGateway failing = mock(ClearinghouseGateway.class);
    when(failing.pollInbound())
        .thenThrow(new OutOfMemoryError("Java heap space"))
        .thenThrow(new IllegalStateException("disk gone"))
        .thenReturn(InboundPollResult.NONE);
    var health =
        new InboundHealth(
            java.time.Clock.systemUTC(),
            true,
            java.time.Duration.ofSeconds(10),
            java.time.Duration.ZERO);
    var poller = new InboundPoller(failing, props, health);

    poller.poll();
    poller.poll();
    poller.poll();

    verify(failing, times(3)).pollInbound();
    assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    assertThat(health.health().getDetails().get("lastFailure"))
        .isEqualTo("java.lang.IllegalStateException");
  }
}
