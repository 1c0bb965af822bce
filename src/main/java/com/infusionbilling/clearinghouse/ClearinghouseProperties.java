package com.infusionbilling.clearinghouse;

import com.infusionbilling.edi.X12Parties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code clearinghouse.*}: which mailbox to use (a local directory or SFTP), its folders, polling,
 * retry, the interchange identities, and the in-process sandbox payer. Defaults give a working
 * exchange with zero setup: local folders under {@code ./data/mailbox} and the sandbox payer on.
 * Documented in application.yaml and docs/x12.md.
 */
@Validated
@ConfigurationProperties("clearinghouse")
public record ClearinghouseProperties(
    @DefaultValue("local") @NotNull Mode mode,
    @DefaultValue @Valid Local local,
    @DefaultValue @Valid Sftp sftp,
    @DefaultValue @Valid Folders folders,
    @DefaultValue @Valid Poll poll,
    @DefaultValue @Valid Retry retry,
    @DefaultValue @Valid Interchange interchange,
    @DefaultValue @Valid Sandbox sandbox) {

  public enum Mode {
    LOCAL,
    SFTP
  }

  /** The local directory mailbox: folders are resolved under {@code baseDir}. */
  public record Local(@DefaultValue("./data/mailbox") @NotNull Path baseDir) {}

  /**
   * The SFTP mailbox. Authenticate with {@code password} or {@code privateKey} (a path to an
   * OpenSSH key; {@code privateKeyPassphrase} if it is encrypted). {@code knownHosts} pins the
   * server key; without it the first key seen is accepted and logged (fingerprint only).
   */
  public record Sftp(
      @DefaultValue("127.0.0.1") @NotBlank String host,
      @DefaultValue("22") @Min(1) @Max(65535) int port,
      @DefaultValue("") String username,
      @DefaultValue("") String password,
      Path privateKey,
      @DefaultValue("") String privateKeyPassphrase,
      Path knownHosts,
      @DefaultValue("10s") Duration connectTimeout) {

    @Override
    public String toString() {
      // never print the secrets
      return "Sftp[" + username + "@" + host + ":" + port + "]";
    }
  }

  /**
   * Folder names, relative to the local base directory or the SFTP login directory. {@code
   * counterpartyReceived} is where the sandbox payer (the other side) moves our files after taking
   * them.
   */
  public record Folders(
      @DefaultValue("outbound") @NotBlank String outbound,
      @DefaultValue("inbound") @NotBlank String inbound,
      @DefaultValue("archive") @NotBlank String archive,
      @DefaultValue("quarantine") @NotBlank String quarantine,
      @DefaultValue("clearinghouse-received") @NotBlank String counterpartyReceived) {}

  /**
   * Inbound polling; {@code enabled=false} leaves polling to whoever calls the gateway. A file
   * larger than {@code max-file-size} is not read: it goes to quarantine with a reason file and an
   * alert.
   */
  public record Poll(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("10s") @NotNull Duration interval,
      @DefaultValue("15s") @NotNull Duration initialDelay,
      @DefaultValue("16MB") @NotNull org.springframework.util.unit.DataSize maxFileSize) {}

  /**
   * Back-off on connection loss: {@code maxAttempts} tries, doubling from {@code initialBackoff}.
   */
  public record Retry(
      @DefaultValue("5") @Min(1) int maxAttempts,
      @DefaultValue("500ms") @NotNull Duration initialBackoff,
      @DefaultValue("30s") @NotNull Duration maxBackoff) {}

  /** Our identities in ISA/GS and 1000A, and the clearinghouse's. */
  public record Interchange(
      @DefaultValue("ZZ") @Size(min = 2, max = 2) String senderQualifier,
      @DefaultValue("IBWSUBMITTER") @NotBlank @Size(max = 15) String senderId,
      @DefaultValue("ZZ") @Size(min = 2, max = 2) String receiverQualifier,
      @DefaultValue("SANDBOXCH") @NotBlank @Size(max = 15) String receiverId,
      @DefaultValue("INFUSION BILLING WORKFLOWS") @NotBlank String senderName,
      @DefaultValue("SANDBOX CLEARINGHOUSE") @NotBlank String receiverName,
      @DefaultValue("EDI SUPPORT") @NotBlank String contactName,
      @DefaultValue("8005550100") @NotBlank String contactPhone,
      @DefaultValue("1000000001") @Size(min = 10, max = 10) String originatorId,
      @DefaultValue("false") boolean production) {

    public X12Parties parties() {
      return new X12Parties(
          senderQualifier,
          senderId,
          receiverQualifier,
          receiverId,
          senderName,
          receiverName,
          contactName,
          contactPhone,
          originatorId,
          production);
    }
  }

  /**
   * The in-process sandbox payer: answers our outbound files from the scenario file. {@code
   * interval} is how often it looks for work.
   */
  public record Sandbox(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("classpath:sandbox/scenarios.yaml") @NotBlank String scenarios,
      @DefaultValue("5s") @NotNull Duration interval,
      @DefaultValue("1987654321") @Size(min = 10, max = 10) String originatorId) {}
}
