package com.infusionbilling.denial;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** "Record retro authorization": the payer's answer to the retro authorization request. */
@Component
public class RecordRetroAuthorizationWorker {
  private final DenialActions actions;

  public RecordRetroAuthorizationWorker(DenialActions actions) {
    this.actions = actions;
  }

  @JobWorker(type = DenialManagementProcess.JOB_RECORD_RETRO_AUTHORIZATION)
  public void record(
      @Variable long denialId,
      @Variable(name = DenialManagementProcess.VAR_RETRO_AUTHORIZATION_OUTCOME) String outcome,
      @Variable(name = DenialManagementProcess.VAR_RETRO_AUTHORIZATION_NUMBER) String number,
      @Variable(name = "approvedUnits") Integer units,
      @Variable(name = "approvedFrom") String from,
      @Variable(name = "approvedTo") String to,
      @Variable(name = "retroAuthorizationNote") String note) {
    actions.recordRetroAuthorization(denialId, outcome, number, units, date(from), date(to), note);
  }

  private static LocalDate date(String s) {
    return s == null || s.isBlank() ? null : LocalDate.parse(s);
  }
}
