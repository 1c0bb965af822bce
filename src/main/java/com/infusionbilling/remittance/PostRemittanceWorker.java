package com.infusionbilling.remittance;

import com.infusionbilling.claim.ClaimSubmissionProcess;
import com.infusionbilling.process.JobVariables;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Post remittance" ({@code ClaimSubmission}): posts what the 835 the message brought ({@code
 * remittanceId}) says about the claim version, once (a second delivery returns the same facts and
 * changes nothing), and returns the outcome and the underpayment decision's inputs.
 */
@Component
public class PostRemittanceWorker {
  private final RemittancePosting posting;

  public PostRemittanceWorker(RemittancePosting posting) {
    this.posting = posting;
  }

  @JobWorker(type = RemittanceProcess.JOB_POST_REMITTANCE)
  public Map<String, Object> post(ActivatedJob job) {
    JobVariables vars = new JobVariables(job.getVariablesAsMap());
    RemittancePosting.Posted posted =
        posting.post(
            vars.number(RemittanceProcess.VAR_REMITTANCE_ID),
            vars.number(ClaimSubmissionProcess.VAR_CLAIM_ID));
    Map<String, Object> out = new HashMap<>(posted.variables());
    out.put(RemittanceProcess.VAR_UNDERPAYMENT_LINES, UnderpaymentLines.text(posted.lines()));
    return out;
  }
}
