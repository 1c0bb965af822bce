package com.infusionbilling.clearinghouse;

import com.infusionbilling.edi.X12Output;
import com.infusionbilling.edi.X12Parties;
import com.infusionbilling.edi.X12Reader;
import com.infusionbilling.edi.X12ValidationReport;
import com.infusionbilling.edi.X12Validator;
import com.infusionbilling.edi.X12Writer;
import com.infusionbilling.edi.model.FunctionalAck;
import com.infusionbilling.edi.model.X12Message;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * {@link ClearinghouseGateway} over a {@link Mailbox} (local directory or SFTP), with the
 * bookkeeping in the database that makes uploads idempotent and inbound pick-up exactly-once. Logs
 * name files and control numbers only, never patients or member IDs.
 */
public class MailboxClearinghouseGateway implements ClearinghouseGateway {

  private static final Logger log = LoggerFactory.getLogger(MailboxClearinghouseGateway.class);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS");

  private final Mailbox mailbox;
  private final X12Writer writer;
  private final X12Parties parties;
  private final OutboundBatchStore batches;
  private final InboundFileStore inbound;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final X12Validator validator = new X12Validator();
  private final X12Reader reader = new X12Reader();

  MailboxClearinghouseGateway(
      Mailbox mailbox,
      X12Writer writer,
      X12Parties parties,
      OutboundBatchStore batches,
      InboundFileStore inbound,
      ApplicationEventPublisher events,
      Clock clock) {
    this.mailbox = mailbox;
    this.writer = writer;
    this.parties = parties;
    this.batches = batches;
    this.inbound = inbound;
    this.events = events;
    this.clock = clock;
  }

  private long maxInboundSize = Long.MAX_VALUE;
  private InboundAlerts alerts;
  private InboundHealth health;
  private java.util.function.Function<byte[], X12ValidationReport> validation =
      content -> validator.validate(new ByteArrayInputStream(content));

  /**
   * Inbound files larger than {@code maxSize} are not read, and files that cannot be read go to
   * quarantine with a reason file and an alert; every poll is reported to the health indicator.
   */
  void guardInbound(long maxSize, InboundAlerts alerts, InboundHealth health) {
    this.maxInboundSize = maxSize;
    this.alerts = alerts;
    this.health = health;
  }

  /** Tests: validate with this instead (e.g. one that fails the way a huge file would). */
  void validateWith(java.util.function.Function<byte[], X12ValidationReport> validation) {
    this.validation = validation;
  }

  public Mailbox mailbox() {
    return mailbox;
  }

  // ---------------------------------------------------------------- outbound

  @Override
  public <T extends X12Message> Submission submit(String batchKey, List<T> messages) {
    if (batchKey == null || batchKey.isBlank() || batchKey.length() > 120) {
      throw new IllegalArgumentException("batchKey must be 1 to 120 characters");
    }
    Optional<OutboundBatchStore.Batch> existing = batches.find(batchKey);
    OutboundBatchStore.Batch batch;
    if (existing.isPresent()) {
      batch = existing.get();
      if (OutboundBatchStore.SENT.equals(batch.status())) {
        log.info("batch {} was sent before as {}; not sending again", batchKey, batch.fileName());
        return submission(batch, true);
      }
    } else {
      X12Output out = writer.write(parties, messages); // validated, or throws
      batch = batches.insert(batchKey, out).orElseGet(() -> batches.find(batchKey).orElseThrow());
      if (OutboundBatchStore.SENT.equals(batch.status())) {
        return submission(batch, true);
      }
    }
    upload(batch);
    return submission(batch, false);
  }

  private void upload(OutboundBatchStore.Batch batch) {
    try {
      try {
        mailbox.writeAtomically(MailboxFolder.OUTBOUND, batch.fileName(), batch.content());
      } catch (FileAlreadyExistsException e) {
        // an earlier attempt renamed it before its reply was lost; accept only the same bytes
        if (!Arrays.equals(
            mailbox.read(MailboxFolder.OUTBOUND, batch.fileName()), batch.content())) {
          throw new IllegalStateException(
              "outbound file " + batch.fileName() + " exists with other content");
        }
      }
      batches.markSent(batch.id());
      ClearinghouseMetrics.sent();
      log.info(
          "sent batch {} as {} (ISA13 {}, GS06 {})",
          batch.batchKey(),
          batch.fileName(),
          batch.interchangeControlNumber(),
          batch.groupControlNumber());
    } catch (IOException e) {
      // the counterparty may already have taken the file: then it is sent
      if (takenByCounterparty(batch.fileName())) {
        batches.markSent(batch.id());
        return;
      }
      batches.markAttempt(batch.id(), e.getClass().getSimpleName() + ": " + e.getMessage());
      throw new ClearinghouseUnavailableException(
          "could not upload " + batch.fileName() + " to " + mailbox.describe(), e);
    }
  }

  private boolean takenByCounterparty(String fileName) {
    try {
      return mailbox.exists(MailboxFolder.COUNTERPARTY_RECEIVED, fileName);
    } catch (IOException e) {
      return false;
    }
  }

  private Submission submission(OutboundBatchStore.Batch b, boolean alreadySent) {
    return new Submission(
        b.batchKey(),
        b.fileName(),
        b.interchangeControlNumber(),
        b.groupControlNumber(),
        batches.correlationIds(b.id()),
        alreadySent);
  }

  // ---------------------------------------------------------------- inbound

  /**
   * Processes every inbound file. One file's trouble never stops the others: a file too large or
   * unreadable (the reader failed, even with an {@link Error} such as out-of-memory) goes to
   * quarantine with a reason file and an alert, and the poll goes on with the next file.
   */
  @Override
  public synchronized InboundPollResult pollInbound() {
    List<String> names;
    try {
      names = mailbox.list(MailboxFolder.INBOUND);
    } catch (IOException | RuntimeException e) {
      log.warn("cannot list inbound folder of {}: {}", mailbox.describe(), e.getClass().getName());
      if (health != null) {
        health.failed(e);
      }
      return InboundPollResult.NONE;
    }
    InboundPollResult total = InboundPollResult.NONE;
    for (String name : names) {
      try {
        total = total.plus(processFile(name));
      } catch (IOException | RuntimeException e) {
        log.warn(
            "inbound file {} not finished: {}", MailboxNames.forLog(name), e.getClass().getName());
        total = total.plus(new InboundPollResult(0, 0, 0, 1));
      } catch (VirtualMachineError | LinkageError e) {
        // out of memory (or stack) on this file: the references to it are gone once we are here
        total = total.plus(unreadable(name, "reading it failed: " + e.getClass().getName()));
      }
    }
    if (health != null) {
      health.polled(total);
    }
    ClearinghouseMetrics.inbound(total);
    return total;
  }

  private InboundPollResult processFile(String name) throws IOException {
    long size = mailbox.size(MailboxFolder.INBOUND, name);
    if (size > maxInboundSize) {
      return unreadable(
          name,
          "the file has "
              + size
              + " bytes, more than clearinghouse.poll.max-file-size ("
              + maxInboundSize
              + " bytes); it was not read");
    }
    byte[] content = mailbox.read(MailboxFolder.INBOUND, name);
    String sha = sha256(content);
    InboundFileStore.Claim claim = inbound.claim(name, sha, content.length);
    InboundFileStore.Row row = claim.row();
    switch (row.status()) {
      case InboundFileStore.PROCESSED -> {
        log.info(
            "inbound file {} was processed before (as {}); archiving only",
            MailboxNames.forLog(name),
            MailboxNames.forLog(row.fileName()));
        archive(name, MailboxFolder.ARCHIVE);
        return new InboundPollResult(0, 0, 1, 0);
      }
      case InboundFileStore.QUARANTINED -> {
        archive(name, MailboxFolder.QUARANTINE);
        return new InboundPollResult(0, 0, 1, 0);
      }
      default -> {
        if (!claim.owned()) {
          log.info(
              "inbound file {} is being processed by another poller; skipping",
              MailboxNames.forLog(name));
          return InboundPollResult.NONE;
        }
      }
    }

    X12ValidationReport report;
    List<X12Reader.Received> messages;
    try {
      report = validation.apply(content);
      messages = report.valid() ? reader.readAll(new ByteArrayInputStream(content)) : List.of();
    } catch (RuntimeException | VirtualMachineError | LinkageError e) {
      content = null; // let a huge file go before anything else happens
      String reason = "the X12 reader failed: " + e.getClass().getName();
      inbound.complete(row.id(), InboundFileStore.QUARANTINED, null, reason);
      return unreadable(name, reason);
    }
    if (!report.valid()) {
      quarantine(name, report);
      inbound.complete(row.id(), InboundFileStore.QUARANTINED, null, firstError(report));
      return new InboundPollResult(0, 1, 0, 0);
    }

    try {
      for (X12Reader.Received r : messages) {
        events.publishEvent(new ClearinghouseMessageReceived(name, r.envelope(), r.message()));
        if (r.message() instanceof FunctionalAck ack) {
          events.publishEvent(acknowledged(name, ack));
        }
      }
    } catch (InboundMessageRejected e) {
      // the content is wrong, not the moment: another poll would fail the same way
      String reason = "a message could not be used: " + e.getMessage();
      inbound.complete(row.id(), InboundFileStore.QUARANTINED, messages.size(), reason);
      return unreadable(name, reason);
    } catch (RuntimeException e) {
      // a listener's message may quote message content (PHI): keep only the exception type
      String failure = e.getClass().getName();
      inbound.complete(row.id(), InboundFileStore.FAILED, messages.size(), failure);
      log.warn(
          "a listener failed on inbound file {} ({}); it stays for the next poll",
          MailboxNames.forLog(name),
          failure);
      return new InboundPollResult(0, 0, 0, 1);
    }
    inbound.complete(row.id(), InboundFileStore.PROCESSED, messages.size(), null);
    log.info(
        "processed inbound file {}: {} message(s), {} transaction set(s)",
        MailboxNames.forLog(name),
        messages.size(),
        report.transactionSets().size());
    archive(name, MailboxFolder.ARCHIVE);
    return new InboundPollResult(1, 0, 0, 0);
  }

  /**
   * Moves a file that cannot be read to quarantine with a reason file beside it, and raises an
   * alert (log and a row managers list). Never throws: the poll goes on with the next file.
   */
  private InboundPollResult unreadable(String name, String reason) {
    if (health != null) {
      health.unreadable();
    }
    String target = null;
    try {
      target = freeName(MailboxFolder.QUARANTINE, name);
      String text =
          "Quarantined "
              + LocalDateTime.now(clock)
              + "\nFile: "
              + MailboxNames.forLog(name)
              + "\nNot read: "
              + reason
              + "\n";
      mailbox.writeAtomically(
          MailboxFolder.QUARANTINE, target + ".error.txt", text.getBytes(StandardCharsets.UTF_8));
      mailbox.move(MailboxFolder.INBOUND, name, MailboxFolder.QUARANTINE, target);
    } catch (IOException | RuntimeException e) {
      reason = reason + " (moving it to quarantine failed: " + e.getClass().getSimpleName() + ")";
    }
    if (alerts != null) {
      alerts.raise(InboundAlerts.INBOUND_QUARANTINED, name, target, reason);
    } else {
      log.error("inbound file {} not read: {}", MailboxNames.forLog(name), reason);
    }
    return new InboundPollResult(0, 1, 0, 0);
  }

  private BatchAcknowledged acknowledged(String fileName, FunctionalAck ack) {
    String batchKey = batches.batchKeyForGroup(ack.groupControlNumber()).orElse(null);
    List<String> accepted = new ArrayList<>();
    List<String> rejected = new ArrayList<>();
    for (FunctionalAck.TransactionSetAck set : ack.transactionSets()) {
      List<String> ids = batches.correlationIds(ack.groupControlNumber(), set.controlNumber());
      (set.accepted() ? accepted : rejected).addAll(ids);
    }
    if (ack.transactionSets().isEmpty() && batchKey != null) {
      // a 999 without AK2 loops speaks for the whole group
      batches
          .find(batchKey)
          .ifPresent(
              b -> (ack.accepted() ? accepted : rejected).addAll(batches.correlationIds(b.id())));
    }
    log.info(
        "999 for GS06 {} ({}): {} accepted, {} rejected",
        ack.groupControlNumber(),
        ack.status(),
        accepted.size(),
        rejected.size());
    return new BatchAcknowledged(fileName, ack, batchKey, accepted, rejected);
  }

  private void quarantine(String name, X12ValidationReport report) throws IOException {
    String target = freeName(MailboxFolder.QUARANTINE, name);
    String text =
        "Quarantined " + LocalDateTime.now(clock) + "\nFile: " + name + "\n" + report.describe();
    mailbox.writeAtomically(
        MailboxFolder.QUARANTINE, target + ".error.txt", text.getBytes(StandardCharsets.UTF_8));
    mailbox.move(MailboxFolder.INBOUND, name, MailboxFolder.QUARANTINE, target);
    log.warn(
        "quarantined inbound file {} as {}: {} error(s), first: {}",
        MailboxNames.forLog(name),
        MailboxNames.forLog(target),
        report.errors().size(),
        firstError(report));
  }

  private void archive(String name, MailboxFolder folder) throws IOException {
    mailbox.move(MailboxFolder.INBOUND, name, folder, freeName(folder, name));
  }

  /** {@code name}, or {@code name.<timestamp>} when the folder already has a file of that name. */
  private String freeName(MailboxFolder folder, String name) throws IOException {
    if (!mailbox.exists(folder, name) && !mailbox.exists(folder, name + ".error.txt")) {
      return name;
    }
    return name + "." + STAMP.format(LocalDateTime.now(clock));
  }

  private static String firstError(X12ValidationReport report) {
    return report.errors().isEmpty() ? null : report.errors().get(0).describe();
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
