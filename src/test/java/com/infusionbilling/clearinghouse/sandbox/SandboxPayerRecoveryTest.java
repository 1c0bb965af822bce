package com.infusionbilling.clearinghouse.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.clearinghouse.LocalMailboxTestBase;
import com.infusionbilling.edi.model.EligibilityResponse;
import com.infusionbilling.testing.X12Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Taking a file and answering it are one step for the sandbox payer: when the answer cannot be
 * written (here the inbound folder is not writable; in the crash harness the JVM was killed between
 * the two), the file is not recorded as taken, and the next run answers it. Before, the file was
 * recorded as taken first, so after a failure or a SIGKILL it was moved aside and never answered,
 * and its episode waited for a 271 that never came (issue 19's crash harness).
 */
class SandboxPayerRecoveryTest extends LocalMailboxTestBase {

  @Test
  void aFileWhoseAnswerCouldNotBeWrittenIsAnsweredByTheNextRun() throws IOException {
    gateway.submit(
        "sandbox-recovery-" + System.nanoTime(),
        List.of(X12Samples.inquiry("EL-RECOVER", X12Samples.INQUIRY_MEMBER)));
    Path inbound = BASE.resolve("inbound");
    Files.delete(inbound); // emptied before each test
    Files.writeString(inbound, "not a folder: the answer cannot be written");
    try {
      sandbox.runOnce();
    } finally {
      Files.delete(inbound);
      Files.createDirectories(inbound);
    }
    assertThat(names("outbound")).as("the 270 still waits to be taken").hasSize(1);
    assertThat(events.messages(EligibilityResponse.class)).isEmpty();

    exchange();

    assertThat(events.messages(EligibilityResponse.class))
        .singleElement()
        .satisfies(r -> assertThat(r.traceNumber()).isEqualTo("EL-RECOVER"));
    assertThat(names("outbound")).isEmpty();
    assertThat(names("clearinghouse-received")).hasSize(1);
  }
}
