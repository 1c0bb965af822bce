package com.infusionbilling.clearinghouse.sandbox;

import com.infusionbilling.clearinghouse.Mailbox;
import com.infusionbilling.clearinghouse.MailboxFolder;
import com.infusionbilling.clearinghouse.sandbox.SandboxScenarios.AuthorizationOutcome;
import com.infusionbilling.clearinghouse.sandbox.SandboxScenarios.ClaimOutcome;
import com.infusionbilling.clearinghouse.sandbox.SandboxScenarios.ClaimRule;
import com.infusionbilling.edi.X12Output;
import com.infusionbilling.edi.X12Parties;
import com.infusionbilling.edi.X12Reader;
import com.infusionbilling.edi.X12ValidationException;
import com.infusionbilling.edi.X12Writer;
import com.infusionbilling.edi.model.AuthorizationRequest;
import com.infusionbilling.edi.model.ClaimAck;
import com.infusionbilling.edi.model.ClaimPayment;
import com.infusionbilling.edi.model.ClaimStatus;
import com.infusionbilling.edi.model.EligibilityInquiry;
import com.infusionbilling.edi.model.FunctionalAck;
import com.infusionbilling.edi.model.InstitutionalClaim;
import com.infusionbilling.edi.model.Party;
import com.infusionbilling.edi.model.ProfessionalClaim;
import com.infusionbilling.edi.model.Remittance;
import com.infusionbilling.edi.model.X12Message;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A simulated clearinghouse and payer that runs in-process: it takes our files from the outbound
 * folder (moving them to its own received folder), decides with {@link SandboxAdjudicator} from the
 * scenario file, and writes its answers into our inbound folder with this project's own X12 writers
 * (271, 278 response, 999, 277CA, 835). Answers that come later (a pended authorization's decision,
 * a delayed remittance) are kept in the database and written by {@link #runOnce} when the clock
 * says they are due, so tests drive delays by moving a clock rather than sleeping.
 */
public class SandboxPayer {

  private static final Logger log = LoggerFactory.getLogger(SandboxPayer.class);

  /** What one run did. */
  public record Run(int filesTaken, int filesWritten, int pendingAnswered) {}

  private final Mailbox mailbox;
  private final X12Writer writer;
  private final X12Parties parties;
  private final SandboxAdjudicator adjudicator;
  private final SandboxScenarios scenarios;
  private final SandboxStore store;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final X12Reader reader = new X12Reader();

  /** Publishes the payer's appeal decisions to the processes; null: appeals are not decided. */
  private AppealDecisions appealDecisions;

  /** How the payer tells the practice its appeal decision (a letter, a portal; here a message). */
  @FunctionalInterface
  public interface AppealDecisions {
    void decided(String appealKey, boolean overturned, String note);
  }

  void decideAppealsThrough(AppealDecisions decisions) {
    this.appealDecisions = decisions;
  }

  public SandboxPayer(
      Mailbox mailbox,
      X12Writer writer,
      X12Parties parties,
      SandboxScenarios scenarios,
      org.springframework.jdbc.core.JdbcTemplate jdbc,
      PlatformTransactionManager transactionManager,
      Clock clock) {
    this.mailbox = mailbox;
    this.writer = writer;
    this.parties = parties;
    this.scenarios = scenarios;
    this.adjudicator = new SandboxAdjudicator(scenarios);
    this.store = new SandboxStore(jdbc);
    this.transactions = new TransactionTemplate(transactionManager);
    this.clock = clock;
  }

  /** Takes every waiting outbound file and writes every answer that is due. */
  public synchronized Run runOnce() {
    int taken = 0;
    int written = 0;
    List<String> names;
    try {
      names = mailbox.list(MailboxFolder.OUTBOUND);
    } catch (IOException e) {
      log.warn("sandbox payer cannot read the outbound folder: {}", e.toString());
      names = List.of();
    }
    for (String name : names) {
      try {
        written += take(name);
        taken++;
      } catch (IOException | RuntimeException e) {
        // for example another sandbox instance took the file first
        log.warn("sandbox payer could not take {}: {}", name, e.getClass().getSimpleName());
      }
    }
    int answered = 0;
    for (SandboxStore.Pending p : store.due(Instant.now(clock))) {
      try {
        written += answerLater(p);
        store.done(p.id());
        answered++;
      } catch (IOException | RuntimeException e) {
        log.warn(
            "sandbox payer could not answer {} for {}: {}", p.kind(), p.sourceFile(), e.toString());
      }
    }
    return new Run(taken, written, answered);
  }

  /** Answers still owed (for tests and the demo). */
  public int pendingAnswers() {
    return store.open();
  }

  /**
   * An appeal of the claim {@code patientControlNumber} (CLM01) reached the payer: its decision is
   * owed {@code appeals.decision-delay} later, by the scenario's appeal rules. Once per appeal key.
   */
  public synchronized void appealReceived(String appealKey, String patientControlNumber)
      throws IOException {
    if (appealDecisions == null || store.owes(SandboxStore.APPEAL_DECISION, appealKey)) {
      return;
    }
    String claimFile = null;
    for (String name : mailbox.list(MailboxFolder.COUNTERPARTY_RECEIVED)) {
      String text =
          new String(
              mailbox.read(MailboxFolder.COUNTERPARTY_RECEIVED, name),
              java.nio.charset.StandardCharsets.ISO_8859_1);
      if (text.contains("ST*837*") && text.contains("CLM*" + patientControlNumber + "*")) {
        claimFile = name;
      }
    }
    if (claimFile == null) {
      log.warn("sandbox payer has no claim file for appeal {}", appealKey);
      return;
    }
    String file = claimFile;
    // called after the submission's commit, where that transaction's resources may still be bound
    TransactionTemplate own = new TransactionTemplate(transactions.getTransactionManager());
    own.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    own.executeWithoutResult(
        t ->
            store.owe(
                SandboxStore.APPEAL_DECISION,
                file,
                appealKey + " " + patientControlNumber,
                Instant.now(clock).plus(scenarios.appeals().decisionDelay())));
  }

  /**
   * Decides an owed appeal by the appealed claim's member: the decision goes to the practice, and
   * an overturned claim is paid in a new 835 (same CLP07; its own trace number).
   */
  private int decideAppeal(List<X12Reader.Received> received, SandboxStore.Pending p)
      throws IOException {
    String[] ref = p.reference().split(" ", 2);
    String appealKey = ref[0];
    String pcn = ref[1];
    for (X12Reader.Received r : received) {
      if (!(r.message() instanceof ProfessionalClaim
          || r.message() instanceof InstitutionalClaim)) {
        continue;
      }
      SandboxClaim c = claim(r.message());
      if (!pcn.equals(c.patientControlNumber())) {
        continue;
      }
      var rule = scenarios.appeals().decide(c.subscriber().memberId());
      boolean overturned = rule.outcome() == SandboxScenarios.AppealOutcome.OVERTURN;
      int written = 0;
      if (overturned) {
        LocalDate today = LocalDate.now(clock);
        String member = memberKey(c.subscriber().memberId());
        LocalDate dos = c.firstServiceDate() == null ? today : c.firstServiceDate();
        BigDecimal left =
            adjudicator
                .deductibleAtStart()
                .subtract(
                    store.deductibleUsedByOthers(member, dos.getYear(), c.patientControlNumber()));
        var a = adjudicator.adjudicate(c, today, left, false, true);
        store.deductibleApplied(
            member, dos.getYear(), c.patientControlNumber(), a.deductibleApplied());
        written =
            send(
                List.of(
                    new Remittance(
                        "SBX" + r.envelope().interchangeControlNumber() + "-" + appealKey,
                        a.payment().paid().signum() > 0 ? "CHK" : "NON",
                        a.payment().paid(),
                        today,
                        adjudicator.payer(),
                        payee(c),
                        List.of(a.payment()))));
      }
      appealDecisions.decided(
          appealKey, overturned, "sandbox payer: " + rule.name() + " (" + rule.outcome() + ")");
      return written;
    }
    return 0;
  }

  /**
   * Takes one file: it is recorded as taken, and its answers (and what they owe later) are written,
   * in one transaction. A JVM killed in between leaves the file untaken, so it is answered after
   * the restart instead of never; a file answered but not yet recorded is answered again (answers
   * come at least once, as from a real clearinghouse, and the inbound side is idempotent).
   */
  private int take(String name) throws IOException {
    byte[] content = mailbox.read(MailboxFolder.OUTBOUND, name);
    int written;
    try {
      written =
          transactions.execute(
              status -> {
                if (!store.take(name, Instant.now(clock))) {
                  return 0;
                }
                List<X12Reader.Received> received;
                try {
                  received = reader.readAll(new ByteArrayInputStream(content));
                } catch (X12ValidationException e) {
                  log.warn("sandbox payer got an invalid file {}: {}", name, e.errors().size());
                  received = List.of();
                }
                try {
                  return answer(name, received);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    mailbox.move(MailboxFolder.OUTBOUND, name, MailboxFolder.COUNTERPARTY_RECEIVED, name);
    return written;
  }

  private int answer(String fileName, List<X12Reader.Received> received) throws IOException {
    if (received.isEmpty()) {
      return 0;
    }
    X12Message first = received.get(0).message();
    List<X12Message> messages = received.stream().map(X12Reader.Received::message).toList();
    if (first instanceof EligibilityInquiry) {
      return send(
          messages.stream().map(m -> adjudicator.eligibility((EligibilityInquiry) m)).toList());
    }
    if (first instanceof AuthorizationRequest) {
      List<com.infusionbilling.edi.model.AuthorizationResponse> answers = new ArrayList<>();
      for (X12Message m : messages) {
        AuthorizationRequest r = (AuthorizationRequest) m;
        answers.add(adjudicator.authorization(r, true));
        if (adjudicator.authorizationOutcome(r) == AuthorizationOutcome.PEND_THEN_APPROVE) {
          var delay = adjudicator.authorizationRule(r).orElseThrow().delay();
          store.owe(
              SandboxStore.FINAL_278, fileName, r.traceNumber(), Instant.now(clock).plus(delay));
        }
      }
      return send(answers);
    }
    if (first instanceof ProfessionalClaim || first instanceof InstitutionalClaim) {
      return answerClaims(fileName, received);
    }
    log.info("sandbox payer ignores {} ({} messages)", fileName, messages.size());
    return 0;
  }

  private int answerClaims(String fileName, List<X12Reader.Received> received) throws IOException {
    LocalDate today = LocalDate.now(clock);
    var envelope = received.get(0).envelope();
    // 999: one AK2 per transaction set; a set with a claim the scenarios reject at 999 is rejected
    Map<String, List<SandboxClaim>> bySet = new LinkedHashMap<>();
    for (X12Reader.Received r : received) {
      bySet
          .computeIfAbsent(r.envelope().transactionSetControlNumber(), k -> new ArrayList<>())
          .add(claim(r.message()));
    }
    List<FunctionalAck.TransactionSetAck> sets = new ArrayList<>();
    List<SandboxClaim> accepted999 = new ArrayList<>();
    for (var e : bySet.entrySet()) {
      Optional<SandboxClaim> bad =
          e.getValue().stream()
              .filter(c -> adjudicator.claimOutcome(c, today) == ClaimOutcome.REJECT_999)
              .findFirst();
      if (bad.isPresent()) {
        sets.add(
            new FunctionalAck.TransactionSetAck(
                envelope.transaction().transactionSetId(),
                e.getKey(),
                envelope.transaction().version(),
                "R",
                List.of("5"),
                List.of(
                    new FunctionalAck.SegmentNote(
                        "CLM",
                        21,
                        "2300",
                        "8",
                        List.of(new FunctionalAck.ElementNote(5, 3, "1325", "7"))))));
      } else {
        sets.add(
            new FunctionalAck.TransactionSetAck(
                envelope.transaction().transactionSetId(),
                e.getKey(),
                envelope.transaction().version(),
                "A",
                List.of(),
                List.of()));
        accepted999.addAll(e.getValue());
      }
    }
    long acceptedSets = sets.stream().filter(FunctionalAck.TransactionSetAck::accepted).count();
    String groupStatus = acceptedSets == sets.size() ? "A" : acceptedSets == 0 ? "R" : "P";
    int written =
        send(
            List.of(
                new FunctionalAck(
                    envelope.transaction().functionalId(),
                    envelope.groupControlNumber(),
                    envelope.transaction().version(),
                    groupStatus,
                    sets.size(),
                    sets.size(),
                    (int) acceptedSets,
                    sets)));
    if (accepted999.isEmpty()) {
      return written;
    }
    // 277CA per billing provider
    Map<Party, List<ClaimStatus>> statuses = new LinkedHashMap<>();
    boolean anyAccepted = false;
    for (SandboxClaim c : accepted999) {
      Optional<ClaimRule> rule = adjudicator.claimRule(c, today);
      boolean reject = rule.isPresent() && rule.get().outcome() == ClaimOutcome.REJECT_277CA;
      anyAccepted |= !reject;
      statuses
          .computeIfAbsent(providerName(c.billingProvider()), k -> new ArrayList<>())
          .add(
              new ClaimStatus(
                  c.patientControlNumber(),
                  c.subscriber().lastName(),
                  c.subscriber().firstName(),
                  c.subscriber().memberId(),
                  reject ? "A7" : "A2",
                  reject ? rule.get().statusCode() : "20",
                  reject ? rule.get().entityCode() : null,
                  today,
                  c.totalCharge(),
                  reject
                      ? null
                      : SandboxAdjudicator.payerClaimControlNumber(c.patientControlNumber()),
                  reject
                      ? (rule.get().message() != null
                          ? rule.get().message()
                          : "REJECTED BY SANDBOX SCENARIO")
                      : null,
                  c.firstServiceDate(),
                  c.lastServiceDate()));
    }
    String batchTrace =
        envelope.groupControlNumber() + "-" + envelope.transactionSetControlNumber();
    List<ClaimAck> acks = new ArrayList<>();
    statuses.forEach(
        (provider, list) ->
            acks.add(new ClaimAck(adjudicator.payer(), batchTrace, today, today, provider, list)));
    written += send(acks);
    if (anyAccepted) {
      Instant due = Instant.now(clock).plus(scenarios.claims().remittanceDelay());
      store.owe(SandboxStore.REMITTANCE_835, fileName, envelope.interchangeControlNumber(), due);
      if (!due.isAfter(Instant.now(clock))) {
        // no delay: answer in this same run (runOnce picks it up after the intake loop)
        log.debug("835 for {} due now", fileName);
      }
    }
    return written;
  }

  private int answerLater(SandboxStore.Pending p) throws IOException {
    byte[] content = mailbox.read(MailboxFolder.COUNTERPARTY_RECEIVED, p.sourceFile());
    List<X12Reader.Received> received = reader.readAll(new ByteArrayInputStream(content));
    return switch (p.kind()) {
      case SandboxStore.FINAL_278 -> {
        var answers =
            received.stream()
                .map(X12Reader.Received::message)
                .filter(
                    m ->
                        m instanceof AuthorizationRequest r
                            && r.traceNumber().equals(p.reference()))
                .map(m -> adjudicator.authorization((AuthorizationRequest) m, false))
                .toList();
        yield answers.isEmpty() ? 0 : send(answers);
      }
      case SandboxStore.REMITTANCE_835 -> remit(received, p.sourceFile(), false);
      case SandboxStore.REVERSAL_835 -> remit(received, p.sourceFile(), true);
      case SandboxStore.APPEAL_DECISION -> decideAppeal(received, p);
      default -> 0;
    };
  }

  /**
   * The 835 for the claims of a file: their payments, or ({@code reversals}) for REVERSE members
   * the CLP02 22 reversal of the first payment followed by the corrected payment. REVERSE members
   * are owed that second 835 {@code reversal-delay} later; DUPLICATE_835 members get the same 835
   * twice.
   */
  private int remit(List<X12Reader.Received> received, String sourceFile, boolean reversals)
      throws IOException {
    LocalDate today = LocalDate.now(clock);
    Map<Party, List<ClaimPayment>> byPayee = new LinkedHashMap<>();
    Map<Party, Party> payees = new LinkedHashMap<>();
    boolean reverseLater = false;
    boolean twice = false;
    for (X12Reader.Received r : received) {
      SandboxClaim c = claim(r.message());
      ClaimOutcome outcome = adjudicator.claimOutcome(c, today);
      if (outcome == ClaimOutcome.REJECT_999
          || outcome == ClaimOutcome.REJECT_277CA
          || outcome == ClaimOutcome.SILENT
          || (reversals && outcome != ClaimOutcome.REVERSE)) {
        continue;
      }
      reverseLater |= outcome == ClaimOutcome.REVERSE;
      twice |= outcome == ClaimOutcome.DUPLICATE_835;
      Party key = providerName(c.billingProvider());
      payees.putIfAbsent(key, payee(c));
      List<ClaimPayment> payments = byPayee.computeIfAbsent(key, k -> new ArrayList<>());
      if (reversals) {
        payments.add(adjudicate(c, today, false).reversal());
        payments.add(adjudicate(c, today, true));
      } else {
        payments.add(adjudicate(c, today, false));
      }
    }
    if (byPayee.isEmpty()) {
      return 0;
    }
    String icn = received.get(0).envelope().interchangeControlNumber();
    List<Remittance> remittances = new ArrayList<>();
    int i = 0;
    for (var e : byPayee.entrySet()) {
      BigDecimal total =
          e.getValue().stream().map(ClaimPayment::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
      String trace = "SBX" + icn + (reversals ? "-R" : "-") + (++i);
      remittances.add(
          new Remittance(
              trace,
              total.signum() > 0 ? "CHK" : "NON",
              total,
              today,
              adjudicator.payer(),
              payees.get(e.getKey()),
              e.getValue()));
    }
    int written = send(remittances);
    if (twice) {
      written += send(remittances);
    }
    if (reverseLater && !reversals) {
      store.owe(
          SandboxStore.REVERSAL_835,
          sourceFile,
          icn,
          Instant.now(clock).plus(scenarios.claims().reversalDelay()));
    }
    return written;
  }

  /**
   * Adjudicates with what is left of the member's deductible for the year of service, and records
   * what the claim used (once: a remittance written again uses the same amount).
   */
  private ClaimPayment adjudicate(SandboxClaim c, LocalDate today, boolean corrected) {
    String member = memberKey(c.subscriber().memberId());
    LocalDate dos = c.firstServiceDate() == null ? today : c.firstServiceDate();
    BigDecimal left =
        adjudicator
            .deductibleAtStart()
            .subtract(
                store.deductibleUsedByOthers(member, dos.getYear(), c.patientControlNumber()));
    SandboxAdjudicator.Adjudication a = adjudicator.adjudicate(c, today, left, corrected);
    store.deductibleApplied(member, dos.getYear(), c.patientControlNumber(), a.deductibleApplied());
    return a.payment();
  }

  /** The member as the sandbox's bookkeeping knows it: a SHA-256, never the member ID. */
  static String memberKey(String memberId) {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(
                      String.valueOf(memberId).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The 835's payee (N1*PE): the claim's billing provider. */
  private static Party payee(SandboxClaim c) {
    return new Party(
        c.billingProvider().organizationName() != null
            ? c.billingProvider().organizationName()
            : c.billingProvider().lastName(),
        null,
        null,
        c.billingProvider().id(),
        c.billingProvider().taxId(),
        null,
        null);
  }

  private static Party providerName(Party p) {
    return new Party(p.organizationName(), p.lastName(), p.firstName(), p.id(), null, null, null);
  }

  private static SandboxClaim claim(X12Message m) {
    if (m instanceof ProfessionalClaim p) {
      return SandboxClaim.of(p);
    }
    return SandboxClaim.of((InstitutionalClaim) m);
  }

  private <T extends X12Message> int send(List<T> messages) throws IOException {
    if (messages.isEmpty()) {
      return 0;
    }
    X12Output out = writer.write(parties, messages);
    mailbox.writeAtomically(MailboxFolder.INBOUND, out.suggestedFileName(), out.content());
    log.info(
        "sandbox payer wrote {} (ISA13 {})",
        out.suggestedFileName(),
        out.interchangeControlNumber());
    return 1;
  }
}
