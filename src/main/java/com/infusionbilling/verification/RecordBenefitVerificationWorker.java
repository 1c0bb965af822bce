package com.infusionbilling.verification;

import com.infusionbilling.episode.EpisodeService;
import com.infusionbilling.intake.BenefitType;
import com.infusionbilling.process.JobVariables;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Record benefit verification": stores the coverage decision's outcome (and, after "Verify
 * benefits by phone", the figures the coordinator entered). Returns the facts the episode's
 * gateways need.
 */
@Component
public class RecordBenefitVerificationWorker {
  static final String MEDICAL_BENEFIT = "MEDICAL_BENEFIT";
  static final String SITE_OF_CARE_EXCEPTION_REQUIRED = "SITE_OF_CARE_EXCEPTION_REQUIRED";

  private final BenefitVerificationService verifications;
  private final EpisodeService episodes;

  public RecordBenefitVerificationWorker(
      BenefitVerificationService verifications, EpisodeService episodes) {
    this.verifications = verifications;
    this.episodes = episodes;
  }

  @JobWorker(type = BenefitVerificationProcess.JOB_RECORD_BENEFIT_VERIFICATION)
  public Map<String, Object> record(ActivatedJob job) {
    JobVariables vars = new JobVariables(job.getVariablesAsMap());
    long verificationId = vars.number(BenefitVerificationProcess.VAR_VERIFICATION_ID);
    JobVariables coverage = vars.context("coverage");
    var determination =
        new BenefitVerificationService.CoverageDetermination(
            coverage.string("coverageOutcome"),
            coverage.bool("buyAndBillAllowed"),
            coverage.has("siteOfCareRestriction")
                ? coverage.string("siteOfCareRestriction")
                : "NONE");
    BenefitVerificationService.PhoneVerification phone = null;
    if (vars.bool("verifiedByPhone")) {
      phone =
          new BenefitVerificationService.PhoneVerification(
              vars.bool(BenefitVerificationProcess.VAR_COVERAGE_ACTIVE),
              BenefitType.valueOf(vars.string(BenefitVerificationProcess.VAR_BENEFIT_TYPE)),
              vars.decimal("deductible"),
              vars.decimal("deductibleMet"),
              vars.decimal("outOfPocketMax"),
              vars.decimal("outOfPocketMet"),
              vars.decimal("coinsurancePercent"),
              vars.decimal("copay"),
              vars.bool(BenefitVerificationProcess.VAR_PA_REQUIRED_BY_PAYER),
              vars.string("payerReference"),
              vars.string("notes"));
    }
    var v = verifications.recordDetermination(verificationId, phone, determination);
    if (!MEDICAL_BENEFIT.equals(v.getCoverageOutcome())) {
      episodes.markResolvingCoverage(v.getEpisodeId());
    }
    Map<String, Object> out = new HashMap<>();
    out.put(BenefitVerificationProcess.VAR_COVERAGE_OUTCOME, v.getCoverageOutcome());
    out.put(
        BenefitVerificationProcess.VAR_PA_REQUIRED_BY_PAYER,
        Boolean.TRUE.equals(v.getPaRequired()));
    out.put("buyAndBillAllowed", determination.buyAndBillAllowed());
    out.put("siteOfCareRestriction", determination.siteOfCareRestriction());
    // covered under the medical benefit, but not as ordered: no buy-and-bill at this site
    // (Medicare Part B at home) or the payer's site-of-care policy wants an exception
    // (Decision_Coverage); TherapyEpisode asks a coordinator ("Resolve site of care")
    out.put(
        "siteOfCareToResolve",
        MEDICAL_BENEFIT.equals(v.getCoverageOutcome())
            && (!determination.buyAndBillAllowed()
                || SITE_OF_CARE_EXCEPTION_REQUIRED.equals(determination.siteOfCareRestriction())));
    return out;
  }
}
