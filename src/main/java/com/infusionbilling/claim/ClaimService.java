package com.infusionbilling.claim;

import com.infusionbilling.billing.coding.ClaimType;
import com.infusionbilling.billing.preview.BillingPreviewService;
import com.infusionbilling.billing.reference.Payer;
import com.infusionbilling.billing.scrub.SiteOfCare;
import com.infusionbilling.episode.EpisodeTimeline;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claims: stores a visit's coded claim (version 1, idempotent by visit), and records everything
 * that happens to a claim version afterwards, each change once (by a natural key) and with a row of
 * history. The scrub, the 837 and the acknowledgements have their own classes; this one owns the
 * claim's state.
 */
@Service
public class ClaimService {
  private static final Logger log = LoggerFactory.getLogger(ClaimService.class);

  private static final Pattern CODE = Pattern.compile("[A-Z0-9]{5}");
  private static final Pattern MODIFIER = Pattern.compile("[A-Z0-9]{2}");
  static final Pattern ICD10 = Pattern.compile("[A-Z][0-9][0-9A-Z](\\.?[0-9A-Z]{1,4})?");
  private static final Pattern NDC11 = Pattern.compile("\\d{11}");
  private static final Pattern NPI = Pattern.compile("\\d{10}");
  private static final Pattern REVENUE_CODE = Pattern.compile("\\d{4}");
  private static final Pattern NDC_UNIT = Pattern.compile("F2|GR|ME|ML|UN");

  /** Who wrote a history row when no person did. */
  static final String SYSTEM = "system";

  private final ClaimRepository claims;
  private final ClaimLineRepository lines;
  private final ClaimHistoryRepository history;
  private final ClaimCharges charges;
  private final BillingPreviewService billing;
  private final EpisodeTimeline timeline;
  private final TransactionTemplate tx;

  public ClaimService(
      ClaimRepository claims,
      ClaimLineRepository lines,
      ClaimHistoryRepository history,
      ClaimCharges charges,
      BillingPreviewService billing,
      EpisodeTimeline timeline,
      PlatformTransactionManager transactions) {
    this.claims = claims;
    this.lines = lines;
    this.history = history;
    this.charges = charges;
    this.billing = billing;
    this.timeline = timeline;
    this.tx = new TransactionTemplate(transactions);
  }

  /**
   * Stores claim version 1 (frequency 1, status DRAFT) of a visit with its lines and their charges.
   * Idempotent by visit ID: a later call for the same visit returns the stored claim unchanged.
   *
   * @throws InvalidClaimException naming the field when the input cannot make a claim
   */
  public ClaimRef createOriginal(NewClaim c) {
    Optional<Claim> existing = claims.findByVisitIdAndClaimVersion(c.visitId(), 1);
    if (existing.isPresent()) {
      return existing.get().ref();
    }
    Payer payer = validate(c);
    try {
      return tx.execute(s -> store(c, payer));
    } catch (DataIntegrityViolationException e) {
      // another delivery of the same call stored it first
      return claims
          .findByVisitIdAndClaimVersion(c.visitId(), 1)
          .map(Claim::ref)
          .orElseThrow(() -> e);
    }
  }

  private ClaimRef store(NewClaim c, Payer payer) {
    ClaimType type = c.claimType() != null ? c.claimType() : claimType(site(c.siteOfCare()));
    Claim claim =
        claims.saveAndFlush(
            new Claim(
                c.visitId(),
                c.episodeId(),
                1,
                "1",
                type,
                payer.payerId(),
                site(c.siteOfCare()).name(),
                c.dateOfService(),
                blankToNull(c.authorizationNumber()),
                c.diagnoses().stream().map(d -> d.trim().toUpperCase(Locale.ROOT)).toList(),
                blankToNull(c.renderingNpi()),
                filingDeadline(payer, c.dateOfService())));
    claim.assignPatientControlNumber();
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal expected = BigDecimal.ZERO;
    boolean expectedKnown = true;
    int n = 0;
    for (NewClaimLine l : c.lines()) {
      n++;
      NewClaimLine normal = normalized(l);
      ClaimLine line =
          new ClaimLine(claim.getId(), n, claim.getPatientControlNumber() + "-" + n, normal);
      ClaimCharges.Charge charge =
          charges.charge(normal.code(), normal.modifiers(), normal.units(), c.dateOfService());
      line.charge(charge.amount(), charge.source());
      lines.save(line);
      total = total.add(charge.amount() == null ? BigDecimal.ZERO : charge.amount());
      if (l.expectedAllowed() == null) {
        expectedKnown = false;
      } else {
        expected = expected.add(l.expectedAllowed());
      }
    }
    claim.totals(
        total.setScale(2, RoundingMode.HALF_UP),
        expectedKnown ? expected.setScale(2, RoundingMode.HALF_UP) : null);
    claims.save(claim);
    record(
        claim,
        "CREATED",
        null,
        ClaimStatus.DRAFT,
        "version 1 (frequency 1) of visit "
            + c.visitId()
            + ": "
            + n
            + " lines, total charge $"
            + claim.getTotalCharge().toPlainString()
            + ", "
            + type
            + ", filing deadline "
            + claim.getFilingDeadline(),
        SYSTEM,
        "claim-created-" + claim.getId());
    timeline.record(
        c.episodeId(),
        "CLAIM_CREATED",
        "claim "
            + claim.getId()
            + " v1 for visit "
            + c.visitId()
            + ": "
            + n
            + " lines, $"
            + claim.getTotalCharge().toPlainString(),
        "claim-created-" + claim.getId());
    log.info("claim {} v1 stored for visit {} ({} lines)", claim.getId(), c.visitId(), n);
    return claim.ref();
  }

  private static NewClaimLine normalized(NewClaimLine l) {
    return new NewClaimLine(
        l.code().trim().toUpperCase(Locale.ROOT),
        l.modifiers().stream().map(m -> m.trim().toUpperCase(Locale.ROOT)).toList(),
        l.units(),
        blankToNull(l.ndc()) == null ? null : l.ndc().replace("-", ""),
        l.ndcQuantity(),
        blankToNull(l.ndcUnit()) == null ? null : l.ndcUnit().trim().toUpperCase(Locale.ROOT),
        l.expectedAllowed(),
        l.ruleId(),
        l.explanation(),
        blankToNull(l.revenueCode()),
        l.diagnosisPointers());
  }

  private Payer validate(NewClaim c) {
    if (c.visitId() <= 0) {
      throw new InvalidClaimException("visitId", "must be a stored visit's ID");
    }
    if (c.episodeId() <= 0) {
      throw new InvalidClaimException("episodeId", "must be a stored episode's ID");
    }
    if (c.payerId() == null || c.payerId().isBlank()) {
      throw new InvalidClaimException("payerId", "required");
    }
    Payer payer =
        billing
            .referenceSnapshot()
            .payer(c.payerId().trim())
            .orElseThrow(
                () ->
                    new InvalidClaimException(
                        "payerId", "'" + c.payerId() + "' is not in the payer catalogue"));
    if (c.dateOfService() == null) {
      throw new InvalidClaimException("dateOfService", "required");
    }
    site(c.siteOfCare());
    if (c.diagnoses().isEmpty()) {
      throw new InvalidClaimException("diagnoses", "a claim needs at least one diagnosis");
    }
    for (int i = 0; i < c.diagnoses().size(); i++) {
      String d = c.diagnoses().get(i);
      if (d == null || !ICD10.matcher(d.trim().toUpperCase(Locale.ROOT)).matches()) {
        throw new InvalidClaimException("diagnoses[" + i + "]", "not an ICD-10-CM code");
      }
    }
    if (c.renderingNpi() != null
        && !c.renderingNpi().isBlank()
        && !NPI.matcher(c.renderingNpi()).matches()) {
      throw new InvalidClaimException("renderingNpi", "an NPI is 10 digits");
    }
    if (c.lines().isEmpty()) {
      throw new InvalidClaimException("lines", "a claim needs at least one line");
    }
    for (int i = 0; i < c.lines().size(); i++) {
      validateLine(c.lines().get(i), "lines[" + i + "]", c.diagnoses().size());
    }
    return payer;
  }

  private static void validateLine(NewClaimLine l, String at, int diagnoses) {
    if (l == null) {
      throw new InvalidClaimException(at, "required");
    }
    if (l.code() == null || !CODE.matcher(l.code().trim().toUpperCase(Locale.ROOT)).matches()) {
      throw new InvalidClaimException(at + ".code", "a HCPCS/CPT code is 5 letters or digits");
    }
    for (int j = 0; j < l.modifiers().size(); j++) {
      String m = l.modifiers().get(j);
      if (m == null || !MODIFIER.matcher(m.trim().toUpperCase(Locale.ROOT)).matches()) {
        throw new InvalidClaimException(at + ".modifiers[" + j + "]", "a modifier is 2 characters");
      }
    }
    if (l.units() < 1 || l.units() > 99_999) {
      throw new InvalidClaimException(at + ".units", "1 to 99999");
    }
    if (l.ndc() != null && !l.ndc().isBlank()) {
      if (!NDC11.matcher(l.ndc().replace("-", "")).matches()) {
        throw new InvalidClaimException(at + ".ndc", "an 11-digit NDC (5-4-2)");
      }
      if (l.ndcQuantity() == null || l.ndcQuantity().signum() <= 0) {
        throw new InvalidClaimException(at + ".ndcQuantity", "required with an NDC, above 0");
      }
      if (l.ndcUnit() == null
          || !NDC_UNIT.matcher(l.ndcUnit().trim().toUpperCase(Locale.ROOT)).matches()) {
        throw new InvalidClaimException(at + ".ndcUnit", "one of F2, GR, ME, ML, UN");
      }
    }
    if (l.revenueCode() != null
        && !l.revenueCode().isBlank()
        && !REVENUE_CODE.matcher(l.revenueCode()).matches()) {
      throw new InvalidClaimException(at + ".revenueCode", "4 digits, for example 0636");
    }
    for (int j = 0; j < l.diagnosisPointers().size(); j++) {
      Integer p = l.diagnosisPointers().get(j);
      if (p == null || p < 1 || p > diagnoses) {
        throw new InvalidClaimException(
            at + ".diagnosisPointers[" + j + "]", "points to no diagnosis of the claim");
      }
    }
  }

  static SiteOfCare site(String siteOfCare) {
    if (siteOfCare == null || siteOfCare.isBlank()) {
      throw new InvalidClaimException("siteOfCare", "required");
    }
    String s = siteOfCare.trim().toUpperCase(Locale.ROOT);
    if (s.equals("INFUSION_CENTER")) {
      return SiteOfCare.AMBULATORY_INFUSION_CENTER;
    }
    try {
      return SiteOfCare.valueOf(s);
    } catch (IllegalArgumentException e) {
      throw new InvalidClaimException(
          "siteOfCare", "one of OFFICE, HOSPITAL_OUTPATIENT, HOME, INFUSION_CENTER");
    }
  }

  /** 837I for hospital outpatient, 837P for office, home and infusion centre. */
  static ClaimType claimType(SiteOfCare site) {
    return site == SiteOfCare.HOSPITAL_OUTPATIENT
        ? ClaimType.INSTITUTIONAL
        : ClaimType.PROFESSIONAL;
  }

  /**
   * The last day to file: the payer's timely-filing period from the date of service (an 837I's
   * statement "through" date, which is the date of service here), as the billing rules define it
   * (Medicare: 1 calendar year, 42 CFR 424.44).
   */
  static LocalDate filingDeadline(Payer payer, LocalDate dateOfService) {
    return dateOfService.plus(payer.policy().timelyFilingPeriod());
  }

  // ------------------------------------------------------------------ reads

  public Optional<Claim> find(long claimId) {
    return claims.findById(claimId);
  }

  Claim get(long claimId) {
    return claims
        .findById(claimId)
        .orElseThrow(() -> new java.util.NoSuchElementException("no claim " + claimId));
  }

  List<ClaimLine> lines(long claimId) {
    return lines.findByClaimIdOrderByLineNumberAsc(claimId);
  }

  /** The version number a new claim version of the visit takes: one above the highest. */
  int nextVersion(long visitId) {
    return claims.findByVisitIdOrderByClaimVersionAsc(visitId).stream()
            .mapToInt(Claim::getClaimVersion)
            .max()
            .orElse(1)
        + 1;
  }

  /** The claims of a visit, every version, oldest first (the visit helper shows their IDs). */
  public List<ClaimRef> ofVisit(long visitId) {
    return claims.findByVisitIdOrderByClaimVersionAsc(visitId).stream().map(Claim::ref).toList();
  }

  /**
   * The claim version's {@code ClaimSubmission} instance exists (joins the caller's transaction).
   */
  void startedAs(long claimId, long processInstanceKey) {
    claims.recordInstance(claimId, processInstanceKey);
  }

  /**
   * An appeal of the claim's denial went to the payer: status APPEALED, once per appeal (joins the
   * caller's transaction).
   */
  @org.springframework.transaction.annotation.Transactional
  public void appealed(long claimId, long appealId, String detail) {
    Claim claim = get(claimId);
    transition(
        claim,
        ClaimStatus.APPEALED,
        "APPEALED",
        detail,
        SYSTEM,
        "claim-appealed-" + claimId + "-" + appealId);
  }

  /** The payer overturned the denial on appeal: the claim waits for payment again. */
  @org.springframework.transaction.annotation.Transactional
  public void appealOverturned(long claimId, long appealId) {
    transition(
        get(claimId),
        ClaimStatus.ACKNOWLEDGED,
        "APPEAL_OVERTURNED",
        "appeal " + appealId + " overturned the denial: waiting for the payment",
        SYSTEM,
        "claim-appeal-overturned-" + claimId + "-" + appealId);
  }

  // ------------------------------------------------------------------ history

  List<ClaimHistoryEntry> history(long claimId) {
    return history.findByClaimIdOrderByOccurredAtAscIdAsc(claimId);
  }

  /** Writes a history row unless one with the same key exists; joins the caller's transaction. */
  boolean record(
      Claim claim,
      String event,
      ClaimStatus from,
      ClaimStatus to,
      String detail,
      String actor,
      String dedupKey) {
    if (history.existsByDedupKey(dedupKey)) {
      return false;
    }
    history.save(new ClaimHistoryEntry(claim.getId(), event, from, to, detail, actor, dedupKey));
    return true;
  }

  /** Moves a claim to a status with a history row, once per key. */
  void transition(
      Claim claim, ClaimStatus to, String event, String detail, String actor, String key) {
    ClaimStatus from = claim.getStatus();
    if (record(claim, event, from, to, detail, actor, key) && !Objects.equals(from, to)) {
      claim.moveTo(to);
      claims.save(claim);
    }
  }

  TransactionTemplate tx() {
    return tx;
  }

  ClaimRepository claims() {
    return claims;
  }

  ClaimLineRepository lineRepository() {
    return lines;
  }

  EpisodeTimeline timeline() {
    return timeline;
  }

  BillingPreviewService billing() {
    return billing;
  }

  ClaimCharges charges() {
    return charges;
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  static List<String> upper(List<String> values) {
    List<String> out = new ArrayList<>(values.size());
    for (String v : values) {
      out.add(v.trim().toUpperCase(Locale.ROOT));
    }
    return out;
  }
}
