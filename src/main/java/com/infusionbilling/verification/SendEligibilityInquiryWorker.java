package com.infusionbilling.verification;

import com.infusionbilling.process.TechnicalFailures;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.springframework.stereotype.Component;

/** "Send eligibility inquiry": the 270, once per verification (job type in the constants). */
@Component
public class SendEligibilityInquiryWorker {
  private final BenefitVerificationService verifications;

  public SendEligibilityInquiryWorker(BenefitVerificationService verifications) {
    this.verifications = verifications;
  }

  @JobWorker(type = BenefitVerificationProcess.JOB_SEND_ELIGIBILITY_INQUIRY)
  public Map<String, Object> send(ActivatedJob job, @Variable long episodeId) {
    var sent =
        TechnicalFailures.retryLater(
            job, () -> verifications.sendInquiry(episodeId, job.getProcessInstanceKey()));
    return Map.of(
        BenefitVerificationProcess.VAR_VERIFICATION_ID, sent.verificationId(),
        BenefitVerificationProcess.VAR_TRACE_NUMBER, sent.traceNumber());
  }
}
