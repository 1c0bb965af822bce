package com.infusionbilling.denial;

import com.infusionbilling.billing.BillingProperties;
import com.infusionbilling.billing.preview.BillingPreviewService;
import com.infusionbilling.billing.reference.Payer;
import com.infusionbilling.claim.ClaimQueries;
import com.infusionbilling.claim.ClaimView;
import com.infusionbilling.process.ProcessStart;
import com.infusionbilling.process.ProcessStarted;
import com.infusionbilling.process.ProcessStarts;
import com.infusionbilling.remittance.AdjustmentCodes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Denials: opens one per denied adjustment that posting reports (idempotent by remittance claim,
 * line, group code and CARC) and starts its {@code DenialManagement} through the process-start
 * outbox, so the instance exists only once the posting has committed. Records the route the
 * decision chose and what the person working the denial did, each once.
 */
@Service
public class DenialService {
  private static final Logger log = LoggerFactory.getLogger(DenialService.class);

  static final Set<String> GROUP_CODES = Set.of("CO", "PR", "OA", "PI", "CR");
  private static final Pattern CARC = Pattern.compile("[A-Z]?[0-9]{1,3}");
  private static final Pattern RARC = Pattern.compile("[A-Z]{1,2}[0-9]{1,3}");

  private final DenialRepository denials;
  private final ClaimQueries claims;
  private final BillingPreviewService billing;
  private final BillingProperties billingProperties;
  private final ProcessStarts starts;
  private final AdjustmentCodes codes;

  public DenialService(
      DenialRepository denials,
      ClaimQueries claims,
      BillingPreviewService billing,
      BillingProperties billingProperties,
      ProcessStarts starts,
      AdjustmentCodes codes) {
    this.codes = codes;
    this.denials = denials;
    this.claims = claims;
    this.billing = billing;
    this.billingProperties = billingProperties;
    this.starts = starts;
  }

  /**
   * Stores the denial (idempotent: the same remittance claim, line, group code and CARC again
   * returns the first denial's ID and starts nothing) and starts {@code DenialManagement} via the
   * outbox after the caller's transaction commits; returns the denial's ID. Called inside the
   * posting transaction.
   *
   * @throws InvalidDenialException naming the field when the input cannot make a denial
   */
  @Transactional
  public long open(OpenDenial d) {
    validate(d);
    String group = d.groupCode().trim().toUpperCase(Locale.ROOT);
    String carc = d.carc().trim().toUpperCase(Locale.ROOT);
    long lineKey = d.claimLineId() == null ? 0 : d.claimLineId();
    var existing =
        denials.findByRemittanceClaimIdAndLineKeyAndGroupCodeAndCarc(
            d.remittanceClaimId(), lineKey, group, carc);
    if (existing.isPresent()) {
      return existing.get().getId();
    }
    ClaimView claim =
        claims
            .view(d.claimId())
            .orElseThrow(() -> new InvalidDenialException("claimId", "no claim " + d.claimId()));
    ClaimView.Line line = null;
    if (d.claimLineId() != null) {
      line =
          claim.lines().stream()
              .filter(l -> l.lineId() == d.claimLineId())
              .findFirst()
              .orElseThrow(
                  () ->
                      new InvalidDenialException(
                          "claimLineId",
                          "claim " + d.claimId() + " has no line " + d.claimLineId()));
    }
    Payer payer =
        billing
            .referenceSnapshot()
            .payer(claim.payerId())
            .orElseThrow(() -> new NoSuchElementException("payer " + claim.payerId()));
    OpenDenial normal =
        new OpenDenial(
            d.claimId(),
            d.claimLineId(),
            d.remittanceClaimId(),
            group,
            carc,
            d.rarcs().stream().map(r -> r.trim().toUpperCase(Locale.ROOT)).toList(),
            d.amount(),
            d.expectedAllowed(),
            d.paid(),
            d.remittanceDate(),
            d.remittanceId());
    Denial denial =
        denials.saveAndFlush(
            new Denial(normal, DenialFacts.of(claim, line, payer.type(), d.remittanceDate())));
    starts.enqueue(
        new ProcessStart(
            DenialManagementProcess.PROCESS_ID,
            denial.businessKey(),
            withClaimKey(startVariables(denial), denial)));
    log.info(
        "denial {} opened for claim {} ({}-{}, ${})",
        denial.getId(),
        d.claimId(),
        group,
        carc,
        d.amount().toPlainString());
    return denial.getId();
  }

  private static void validate(OpenDenial d) {
    if (d.claimId() <= 0) {
      throw new InvalidDenialException("claimId", "must be a stored claim's ID");
    }
    if (d.claimLineId() != null && d.claimLineId() <= 0) {
      throw new InvalidDenialException("claimLineId", "a stored claim line's ID, or null");
    }
    if (d.remittanceClaimId() <= 0) {
      throw new InvalidDenialException("remittanceClaimId", "must be a stored remittance claim");
    }
    if (d.groupCode() == null
        || !GROUP_CODES.contains(d.groupCode().trim().toUpperCase(Locale.ROOT))) {
      throw new InvalidDenialException("groupCode", "one of CO, PR, OA, PI, CR");
    }
    if (d.carc() == null || !CARC.matcher(d.carc().trim().toUpperCase(Locale.ROOT)).matches()) {
      throw new InvalidDenialException("carc", "a claim adjustment reason code such as 50 or B7");
    }
    for (int i = 0; i < d.rarcs().size(); i++) {
      String r = d.rarcs().get(i);
      if (r == null || !RARC.matcher(r.trim().toUpperCase(Locale.ROOT)).matches()) {
        throw new InvalidDenialException("rarcs[" + i + "]", "a remark code such as M119 or N211");
      }
    }
    if (d.amount() == null || d.amount().signum() == 0) {
      throw new InvalidDenialException("amount", "the adjusted amount, not zero");
    }
    if (d.remittanceDate() == null) {
      throw new InvalidDenialException("remittanceDate", "required");
    }
  }

  /**
   * The claim version's key (an overturned claim's next 835 comes to the denial by it), and its
   * site of care and drug (HCPCS: the first drug line's code) for "Re-verify benefits".
   */
  private Map<String, Object> withClaimKey(Map<String, Object> v, Denial denial) {
    claims
        .view(denial.getClaimId())
        .ifPresent(
            c -> {
              v.put(
                  DenialManagementProcess.VAR_CLAIM_KEY,
                  new com.infusionbilling.claim.ClaimRef(c.claimId(), c.version()).key());
              v.put(DenialManagementProcess.VAR_SITE_OF_CARE, c.siteOfCare());
              c.lines().stream()
                  .filter(l -> DenialFacts.DRUG.equals(DenialFacts.kind(l.code(), l.ndc())))
                  .findFirst()
                  .ifPresent(l -> v.put(DenialManagementProcess.VAR_HCPCS, l.code()));
            });
    return v;
  }

  /** IDs and the facts {@code Decision_DenialRouting} decides on (no PHI). */
  static Map<String, Object> startVariables(Denial denial) {
    Map<String, Object> v = new HashMap<>();
    v.put(DenialManagementProcess.VAR_DENIAL_ID, denial.getId());
    v.put(DenialManagementProcess.VAR_CLAIM_ID, denial.getClaimId());
    v.put(DenialManagementProcess.VAR_EPISODE_ID, denial.getEpisodeId());
    v.put(DenialManagementProcess.VAR_PAYER_ID, denial.getPayerId());
    v.put(DenialManagementProcess.VAR_GROUP_CODE, denial.getGroupCode());
    v.put(DenialManagementProcess.VAR_CARC, denial.getCarc());
    v.put(DenialManagementProcess.VAR_RARCS, denial.getRarcs());
    v.put(DenialManagementProcess.VAR_PAYER_TYPE, denial.getPayerType());
    v.put(DenialManagementProcess.VAR_CLAIM_TYPE, denial.getClaimType());
    v.put(DenialManagementProcess.VAR_LINE_KIND, denial.getLineKind());
    v.put(DenialManagementProcess.VAR_AUTHORIZATION_ON_FILE, denial.isAuthorizationOnFile());
    v.put(DenialManagementProcess.VAR_ABN_ON_FILE, denial.isAbnOnFile());
    v.put(DenialManagementProcess.VAR_JW_JZ_ON_LINE, denial.isJwJzOnLine());
    v.put(DenialManagementProcess.VAR_DAYS_SINCE_SERVICE, denial.getDaysSinceService());
    v.put(DenialManagementProcess.VAR_DENIED_AMOUNT, denial.getAmount());
    if (denial.getRemittanceId() != null) {
      v.put(DenialManagementProcess.VAR_DENIED_REMITTANCE_ID, denial.getRemittanceId());
    }
    return v;
  }

  /** Records the instance key on the denial, in the transaction that marks the start done. */
  @EventListener
  void started(ProcessStarted started) {
    if (DenialManagementProcess.PROCESS_ID.equals(started.processId())
        && started.variables().get(DenialManagementProcess.VAR_DENIAL_ID) instanceof Number id) {
      denials.recordInstance(id.longValue(), started.processInstanceKey());
    }
  }

  // ------------------------------------------------------------------ routing and work

  /** The route {@code Decision_DenialRouting} chose, as the record worker receives it. */
  public record Route(
      String action, String workGroup, int deadlineDays, String deadlineFrom, String rule) {}

  /** The route as stored, with the context "Work denial" shows. */
  public record Routed(
      String action,
      String workGroup,
      LocalDate workDeadline,
      String workDueAt,
      String rule,
      String codes,
      String explanation,
      BigDecimal expectedAllowed,
      BigDecimal paid,
      LocalDate decisionDate) {}

  /**
   * Stores the route once (a second delivery returns what the first stored): the work deadline is
   * counted from the date of service ({@code SERVICE}) or the remittance date.
   */
  @Transactional
  public Routed route(long denialId, Route route) {
    Denial d = get(denialId);
    if (d.getRoutedAction() == null) {
      if (route.action() == null || route.action().isBlank()) {
        throw new InvalidDenialException("routing.action", "the decision chose no action");
      }
      LocalDate from =
          "SERVICE".equals(route.deadlineFrom()) ? d.getDateOfService() : d.getRemittanceDate();
      d.routed(
          route.action(), route.rule(), route.workGroup(), from.plusDays(route.deadlineDays()));
      denials.save(d);
      log.info(
          "denial {} routed to {} ({}), due {}",
          denialId,
          route.action(),
          route.workGroup(),
          d.getWorkDeadline());
    }
    return routed(d);
  }

  private Routed routed(Denial d) {
    return new Routed(
        d.getRoutedAction(),
        d.getWorkGroup(),
        d.getWorkDeadline(),
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            d.getWorkDeadline().atTime(LocalTime.of(17, 0)).atZone(billingProperties.zone())),
        d.getRoutingRule(),
        codes(d),
        explanation(d),
        d.getExpectedAllowed(),
        d.getPaid(),
        d.getRemittanceDate());
  }

  /** The group code, the CARC and each remark in plain English (the adjustment-code table). */
  public String explanation(Denial d) {
    StringBuilder b = new StringBuilder(codes.describe(d.getGroupCode() + "-" + d.getCarc()));
    for (String r : d.getRarcs()) {
      b.append("; ").append(codes.describe(r));
    }
    return b.toString();
  }

  /** {@code CO-16 (M119, N211)}: the group code, the CARC and the remarks. */
  static String codes(Denial d) {
    String codes = d.getGroupCode() + "-" + d.getCarc();
    return d.getRarcs().isEmpty() ? codes : codes + " (" + String.join(", ", d.getRarcs()) + ")";
  }

  /**
   * What "Work denial" decided: the action (the routed one, or another with a reason of at least 10
   * characters) and a note. Once per denial: a second delivery changes nothing.
   */
  @Transactional
  public void recordWork(long denialId, String action, String overrideReason, String note) {
    Denial d = get(denialId);
    if (d.getAction() != null) {
      return;
    }
    if (action == null || action.isBlank()) {
      throw new InvalidDenialException("denialAction", "required");
    }
    boolean override = !action.equals(d.getRoutedAction());
    if (override && (overrideReason == null || overrideReason.trim().length() < 10)) {
      throw new InvalidDenialException(
          "overrideReason",
          "overriding the routed action "
              + d.getRoutedAction()
              + " needs a reason (at least 10 characters)");
    }
    d.worked(
        action,
        override ? overrideReason.trim() : null,
        note == null || note.isBlank() ? null : note.trim(),
        DenialStatus.IN_WORK);
    denials.save(d);
    log.info(
        "denial {} worked: {}{}", denialId, action, override ? " (overrides routed action)" : "");
  }

  @Transactional(readOnly = true)
  public Denial get(long denialId) {
    return denials
        .findById(denialId)
        .orElseThrow(() -> new NoSuchElementException("no denial " + denialId));
  }
}
