package com.infusionbilling.clearinghouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.infusionbilling.edi.X12ValidationException;
import com.infusionbilling.edi.model.EligibilityResponse;
import com.infusionbilling.edi.model.Remittance;
import com.infusionbilling.testing.X12Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The local-directory mailbox: atomic, idempotent upload; exactly-once pick-up; quarantine. */
class LocalMailboxGatewayTest extends LocalMailboxTestBase {

  @Test
  void theSameBatchIsNeverSentTwice() throws Exception {
    var claim = X12Samples.infliximabOfficeClaim("LOC0001", X12Samples.JANE);

    Submission first = gateway.submit("837P:local-1", List.of(claim));
    Submission again = gateway.submit("837P:local-1", List.of(claim));

    assertThat(first.alreadySent()).isFalse();
    assertThat(again.alreadySent()).isTrue();
    assertThat(again.fileName()).isEqualTo(first.fileName());
    assertThat(again.interchangeControlNumber()).isEqualTo(first.interchangeControlNumber());
    assertThat(names("outbound")).containsExactly(first.fileName());
    assertThat(first.correlationIds()).containsExactly("LOC0001");
  }

  @Test
  void controlNumbersAreUniqueAcrossBatches() {
    Submission a =
        gateway.submit(
            "270:local-a", List.of(X12Samples.inquiry("T-A", X12Samples.INQUIRY_MEMBER)));
    Submission b =
        gateway.submit(
            "270:local-b", List.of(X12Samples.inquiry("T-B", X12Samples.INQUIRY_MEMBER)));

    assertThat(b.interchangeControlNumber()).isNotEqualTo(a.interchangeControlNumber());
    assertThat(b.groupControlNumber()).isNotEqualTo(a.groupControlNumber());
    assertThat(Long.parseLong(b.interchangeControlNumber()))
        .isGreaterThan(Long.parseLong(a.interchangeControlNumber()));
  }

  @Test
  void anInvalidBatchIsNotWrittenAtAll() throws Exception {
    var bad = X12Samples.infliximabOfficeClaim("X".repeat(39), X12Samples.JANE); // CLM01 max 38

    assertThatThrownBy(() -> gateway.submit("837P:invalid", List.of(bad)))
        .isInstanceOf(X12ValidationException.class);
    assertThat(count("outbound")).isZero();
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM clearinghouse_outbound_batch WHERE batch_key = '837P:invalid'",
                Integer.class))
        .isZero();
  }

  @Test
  void inboundFileIsProcessedOnceAndArchived() throws Exception {
    byte[] file =
        getClass()
            .getResourceAsStream("/x12/inbound/835-two-groups-three-payments.x12")
            .readAllBytes();
    String unique =
        new String(file, StandardCharsets.US_ASCII).replace("CHK900001", "CHK" + System.nanoTime());
    Files.writeString(BASE.resolve("inbound/remit-a.835"), unique, StandardCharsets.US_ASCII);

    InboundPollResult first = gateway.pollInbound();
    // the clearinghouse delivers the very same file again under another name
    Files.writeString(BASE.resolve("inbound/remit-a-again.835"), unique, StandardCharsets.US_ASCII);
    InboundPollResult second = gateway.pollInbound();

    assertThat(first).isEqualTo(new InboundPollResult(1, 0, 0, 0));
    assertThat(second).isEqualTo(new InboundPollResult(0, 0, 1, 0));
    assertThat(events.messages(Remittance.class)).hasSize(3);
    assertThat(names("inbound")).isEmpty();
    assertThat(names("archive")).containsExactly("remit-a-again.835", "remit-a.835");
  }

  @Test
  void invalidInboundFileIsQuarantinedWithAnErrorReportBesideIt() throws Exception {
    byte[] bad = getClass().getResourceAsStream("/x12/malformed/wrong-se-count.x12").readAllBytes();
    Files.write(BASE.resolve("inbound/bad.x12"), bad);

    InboundPollResult r = gateway.pollInbound();

    assertThat(r.quarantined()).isEqualTo(1);
    assertThat(events.received).isEmpty();
    assertThat(names("quarantine")).containsExactly("bad.x12", "bad.x12.error.txt");
    assertThat(Files.readAllBytes(BASE.resolve("quarantine/bad.x12"))).isEqualTo(bad);
    assertThat(Files.readString(BASE.resolve("quarantine/bad.x12.error.txt")))
        .contains("segment 67 SE, element SE01: control count does not match actual count");
  }

  @Test
  void aListenerFailureLeavesTheFileForTheNextPoll() throws Exception {
    gateway.submit(
        "270:listener-fails", List.of(X12Samples.inquiry("T-FAIL", X12Samples.INQUIRY_MEMBER)));
    sandbox.runOnce();
    events.failNext = new IllegalStateException("downstream not ready");

    InboundPollResult first = gateway.pollInbound();
    InboundPollResult second = gateway.pollInbound();

    assertThat(first.failed()).isEqualTo(1);
    assertThat(second.processed()).isEqualTo(1);
    assertThat(events.messages(EligibilityResponse.class))
        .extracting(EligibilityResponse::traceNumber)
        .containsExactly("T-FAIL");
    assertThat(count("inbound")).isZero();
    assertThat(count("archive")).isEqualTo(1);
  }

  @Test
  void aFileAnotherPollerIsProcessingIsLeftAloneUntilItsLeaseExpires() throws Exception {
    String file =
        new String(
                getClass()
                    .getResourceAsStream("/x12/inbound/278-response-pended.x12")
                    .readAllBytes(),
                StandardCharsets.US_ASCII)
            .replace("AUTHTRACE1", "LEASE-" + System.nanoTime());
    byte[] bytes = file.getBytes(StandardCharsets.US_ASCII);
    Files.write(BASE.resolve("inbound/278-lease.x12"), bytes);
    // another application instance claimed this content a moment ago
    jdbc.update(
        "INSERT INTO clearinghouse_inbound_file (file_name, content_sha256, size_bytes, status, received_at) VALUES (?, ?, ?, 'PROCESSING', ?)",
        "278-lease.x12",
        MailboxClearinghouseGateway.sha256(bytes),
        bytes.length,
        java.sql.Timestamp.from(clock.instant()));

    InboundPollResult whileOwned = gateway.pollInbound();
    clock.advance(InboundFileStore.LEASE.plusMinutes(1));
    InboundPollResult afterLease = gateway.pollInbound();

    assertThat(whileOwned).isEqualTo(InboundPollResult.NONE);
    assertThat(afterLease.processed()).isEqualTo(1);
    assertThat(events.received).hasSize(1);
    assertThat(names("archive")).containsExactly("278-lease.x12");
  }
}
