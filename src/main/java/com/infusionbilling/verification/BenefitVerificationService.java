package com.infusionbilling.verification;

import com.infusionbilling.billing.BillingProperties;
import com.infusionbilling.clearinghouse.ClearinghouseGateway;
import com.infusionbilling.edi.X12Identities;
import com.infusionbilling.edi.model.Benefit;
import com.infusionbilling.edi.model.EligibilityInquiry;
import com.infusionbilling.edi.model.EligibilityResponse;
import com.infusionbilling.episode.EpisodeDossier;
import com.infusionbilling.episode.EpisodeDossiers;
import com.infusionbilling.episode.EpisodeTimeline;
import com.infusionbilling.intake.BenefitType;
import com.infusionbilling.process.ProcessMessages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benefit verification: sends the 270, records the 271 (or the phone call) and the coverage
 * determination. Every step is idempotent: by the BPMN instance that asks (one verification per
 * {@code BenefitVerification} instance), by the 270 trace number, and by the gateway's batch key.
 */
@Service
public class BenefitVerificationService {
  private static final Logger log = LoggerFactory.getLogger(BenefitVerificationService.class);

  /** 30 health benefit plan coverage; 1 medical care. */
  static final List<String> SERVICE_TYPES = List.of("30", "1");

  private final BenefitVerificationRepository verifications;
  private final EpisodeDossiers contexts;
  private final ClearinghouseGateway gateway;
  private final X12Identities identities;
  private final EpisodeTimeline timeline;
  private final ProcessMessages messages;
  private final TransactionTemplate tx;

  /** The practice's zone: the inquiry's service date is its today at the earliest. */
  private final ZoneId zone;

  public BenefitVerificationService(
      BenefitVerificationRepository verifications,
      EpisodeDossiers contexts,
      ClearinghouseGateway gateway,
      X12Identities identities,
      EpisodeTimeline timeline,
      ProcessMessages messages,
      BillingProperties billing,
      PlatformTransactionManager transactions) {
    this.zone = billing.zone();
    this.verifications = verifications;
    this.contexts = contexts;
    this.gateway = gateway;
    this.identities = identities;
    this.timeline = timeline;
    this.messages = messages;
    this.tx = new TransactionTemplate(transactions);
  }

  public record SentInquiry(long verificationId, String traceNumber, boolean alreadySent) {}

  /**
   * Opens the verification of the episode's current coverage for this BPMN instance (once) and
   * sends its 270 (once, by batch key {@code 270:<trace>}).
   */
  public SentInquiry sendInquiry(long episodeId, long processInstanceKey) {
    EpisodeDossier ctx = contexts.load(episodeId);
    BenefitVerification v =
        tx.execute(
            s ->
                verifications
                    .findByProcessInstanceKey(processInstanceKey)
                    .orElseGet(
                        () -> {
                          BenefitVerification created =
                              verifications.saveAndFlush(
                                  new BenefitVerification(
                                      episodeId, ctx.coverage().getId(), processInstanceKey));
                          created.assignTrace(traceNumber(created.getId()));
                          timeline.record(
                              episodeId,
                              "BENEFITS_VERIFICATION_STARTED",
                              "verification "
                                  + created.getId()
                                  + ", payer "
                                  + ctx.payer().payerId(),
                              "bv-started-" + created.getId());
                          return verifications.save(created);
                        }));
    EligibilityInquiry inquiry =
        new EligibilityInquiry(
            v.getTraceNumber(),
            X12Identities.payer(ctx.payer().name(), ctx.payer().payerId()),
            identities.provider(),
            X12Identities.member(ctx.patient(), ctx.coverage()),
            serviceDate(ctx),
            SERVICE_TYPES,
            List.of(ctx.order().getHcpcs()));
    var submission = gateway.submit("270:" + v.getTraceNumber(), List.of(inquiry));
    log.info(
        "270 for verification {} (episode {}) in {}{}",
        v.getId(),
        episodeId,
        submission.fileName(),
        submission.alreadySent() ? " (sent before)" : "");
    return new SentInquiry(v.getId(), v.getTraceNumber(), submission.alreadySent());
  }

  static String traceNumber(long verificationId) {
    return "IBW-BV-" + verificationId;
  }

  private LocalDate serviceDate(EpisodeDossier ctx) {
    LocalDate today = LocalDate.now(zone);
    LocalDate start = ctx.order().getStartDate();
    return start.isAfter(today) ? start : today;
  }

  /**
   * Records a 271 and lets the waiting {@code BenefitVerification} instance continue. A response to
   * an inquiry we do not know is ignored; a response seen before is published again under the same
   * message ID (a no-op in the engine).
   */
  public boolean recordResponse(EligibilityResponse response) {
    Optional<Map<String, Object>> facts =
        tx.execute(
            s ->
                verifications
                    .findByTraceNumber(response.traceNumber())
                    .map(
                        v -> {
                          String hcpcs = contexts.load(v.getEpisodeId()).order().getHcpcs();
                          if (v.getStatus() == BenefitVerification.Status.REQUESTED) {
                            applyResponse(v, response, hcpcs);
                            timeline.record(
                                v.getEpisodeId(),
                                "ELIGIBILITY_RESPONSE_RECEIVED",
                                "271 for verification "
                                    + v.getId()
                                    + ": coverage "
                                    + (v.getCoverageActive() ? "active" : "inactive")
                                    + ", "
                                    + v.getBenefitType()
                                    + " benefit",
                                "bv-271-" + v.getId());
                          }
                          return gatewayFacts(v);
                        }));
    if (facts.isEmpty()) {
      log.info("271 for an unknown 270 trace ignored");
      return false;
    }
    messages.publish(
        BenefitVerificationProcess.MESSAGE_ELIGIBILITY_RESPONSE,
        response.traceNumber(),
        "271-" + response.traceNumber(),
        facts.get());
    return true;
  }

  static void applyResponse(BenefitVerification v, EligibilityResponse r, String hcpcs) {
    boolean active = r.coverageActive();
    BenefitType type = r.pharmacyBenefit(hcpcs) ? BenefitType.PHARMACY : BenefitType.MEDICAL;
    BigDecimal deductible = amount(r, "C", "23");
    BigDecimal remaining = amount(r, "C", "29");
    BigDecimal deductibleMet =
        deductible != null && remaining != null ? deductible.subtract(remaining) : null;
    BigDecimal oopMax = amount(r, "G", null);
    BigDecimal coinsurance =
        r.benefits().stream()
            .filter(b -> "A".equals(b.informationCode()) && b.percent() != null)
            .map(b -> b.percent().multiply(BigDecimal.valueOf(100)).stripTrailingZeros())
            .findFirst()
            .orElse(null);
    BigDecimal copay = amount(r, "B", null);
    v.answered(
        BenefitVerification.Source.X12_271,
        active,
        type,
        deductible,
        deductibleMet,
        oopMax,
        null,
        coinsurance,
        copay,
        active && r.priorAuthorizationRequired(hcpcs),
        r.traceNumber(),
        r.rejections().isEmpty() ? null : "271 rejection " + r.rejections().get(0).reasonCode());
  }

  private static BigDecimal amount(EligibilityResponse r, String code, String timePeriod) {
    return r.benefits().stream()
        .filter(b -> code.equals(b.informationCode()) && b.amount() != null)
        .filter(b -> timePeriod == null || timePeriod.equals(b.timePeriod()))
        .map(Benefit::amount)
        .findFirst()
        .orElse(null);
  }

  /** The few facts the coverage decision needs; nothing identifying. */
  static Map<String, Object> gatewayFacts(BenefitVerification v) {
    Map<String, Object> facts = new HashMap<>();
    facts.put(BenefitVerificationProcess.VAR_COVERAGE_ACTIVE, v.getCoverageActive());
    facts.put(BenefitVerificationProcess.VAR_BENEFIT_TYPE, v.getBenefitType().name());
    facts.put(BenefitVerificationProcess.VAR_PA_REQUIRED_BY_PAYER, v.getPaRequired());
    return facts;
  }

  /** The coordinator's answer from "Verify benefits by phone". */
  public record PhoneVerification(
      boolean coverageActive,
      BenefitType benefitType,
      BigDecimal deductible,
      BigDecimal deductibleMet,
      BigDecimal outOfPocketMax,
      BigDecimal outOfPocketMet,
      BigDecimal coinsurancePercent,
      BigDecimal copay,
      boolean paRequired,
      String payerReference,
      String notes) {}

  /** The coverage decision's outcome ({@code Decision_Coverage}). */
  public record CoverageDetermination(
      String coverageOutcome, boolean buyAndBillAllowed, String siteOfCareRestriction) {}

  /**
   * Stores the determination (and the phone call's figures when the benefits were verified by
   * phone). Idempotent: a second call for the same verification changes nothing.
   */
  public BenefitVerification recordDetermination(
      long verificationId, PhoneVerification phone, CoverageDetermination determination) {
    return tx.execute(
        s -> {
          BenefitVerification v = verifications.findById(verificationId).orElseThrow();
          if (v.getStatus() == BenefitVerification.Status.DETERMINED) {
            return v;
          }
          if (phone != null) {
            v.answered(
                BenefitVerification.Source.PHONE,
                phone.coverageActive(),
                phone.benefitType(),
                phone.deductible(),
                phone.deductibleMet(),
                phone.outOfPocketMax(),
                phone.outOfPocketMet(),
                phone.coinsurancePercent(),
                phone.copay(),
                phone.paRequired(),
                phone.payerReference(),
                phone.notes());
          }
          v.determined(
              determination.coverageOutcome(),
              determination.buyAndBillAllowed(),
              determination.siteOfCareRestriction());
          timeline.record(
              v.getEpisodeId(),
              "BENEFITS_VERIFIED",
              "verification "
                  + v.getId()
                  + " ("
                  + v.getSource()
                  + "): "
                  + determination.coverageOutcome()
                  + (determination.buyAndBillAllowed() ? ", buy-and-bill" : "")
                  + ", site of care "
                  + determination.siteOfCareRestriction(),
              "bv-determined-" + v.getId());
          return verifications.save(v);
        });
  }
}
