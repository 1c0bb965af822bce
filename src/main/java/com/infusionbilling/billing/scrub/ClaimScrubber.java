package com.infusionbilling.billing.scrub;

import com.infusionbilling.billing.coding.CodedLine;
import com.infusionbilling.billing.coding.Edit;
import com.infusionbilling.billing.coding.EditSetting;
import com.infusionbilling.billing.reference.AuthorizationBasis;
import com.infusionbilling.billing.reference.MueLimit;
import com.infusionbilling.billing.reference.Payer;
import com.infusionbilling.billing.reference.PayerType;
import com.infusionbilling.billing.reference.PtpEdit;
import com.infusionbilling.billing.reference.ReferenceSnapshot;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Pre-submission review of coded lines: MUE, NCCI PTP, authorization, diagnosis pointers and timely
 * filing. Each edit carries a severity, a stable code and a message with the figures.
 */
public final class ClaimScrubber {
  private ClaimScrubber() {}

  /** Modifiers that may bypass an NCCI PTP edit with modifier indicator 1 (NCCI policy manual). */
  public static final Set<String> PTP_MODIFIERS =
      Set.of(
          "59", "XE", "XP", "XS", "XU", "25", "91", "24", "57", "27", "LT", "RT", "E1", "E2", "E3",
          "E4", "FA", "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "TA", "T1", "T2", "T3",
          "T4", "T5", "T6", "T7", "T8", "T9", "LC", "LD", "RC", "LM", "RI");

  /**
   * The claim-level facts the review needs.
   *
   * @param statementThroughDate 837I: the statement period's "through" date, from which timely
   *     filing is counted (null = the date of service)
   * @param priorSubmissions earlier submissions of the claim: the first accepted one is the filing
   *     date; rejected ones (999/277CA) do not count
   */
  public record Claim(
      String payerLabel,
      LocalDate serviceDate,
      LocalDate submissionDate,
      EditSetting setting,
      SiteOfCare siteOfCare,
      AuthorizationFacts authorization,
      int timelyFilingWarningDays,
      LocalDate statementThroughDate,
      List<PriorSubmission> priorSubmissions) {

    public Claim {
      priorSubmissions = priorSubmissions == null ? List.of() : List.copyOf(priorSubmissions);
    }

    /** A claim filed on {@code submissionDate} for the date of service. */
    public Claim(
        String payerLabel,
        LocalDate serviceDate,
        LocalDate submissionDate,
        EditSetting setting,
        SiteOfCare siteOfCare,
        AuthorizationFacts authorization,
        int timelyFilingWarningDays) {
      this(
          payerLabel,
          serviceDate,
          submissionDate,
          setting,
          siteOfCare,
          authorization,
          timelyFilingWarningDays,
          null,
          List.of());
    }
  }

  public static ScrubResult scrub(
      List<CodedLine> lines, Claim claim, Payer payer, ReferenceSnapshot ref) {
    List<Edit> edits = new ArrayList<>();
    Set<Integer> denied = new HashSet<>();
    Map<String, List<Integer>> byCode = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      byCode.computeIfAbsent(lines.get(i).code(), k -> new ArrayList<>(2)).add(i);
    }
    checkMue(lines, byCode, claim, ref, edits, denied);
    checkPtp(lines, byCode, claim, ref, edits, denied);
    if (claim.authorization() != null) {
      checkAuthorization(lines, claim, payer, edits);
    }
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).diagnosisPointers().isEmpty()) {
        edits.add(
            Edit.error(
                    "DIAGNOSIS_POINTER_MISSING",
                    lines.get(i).code()
                        + " ("
                        + lines.get(i).source()
                        + ") has no diagnosis pointer; every service line must point to a diagnosis")
                .atLine(i));
      }
    }
    checkTimelyFiling(claim, payer, edits);
    return new ScrubResult(edits, denied);
  }

  private static void checkMue(
      List<CodedLine> lines,
      Map<String, List<Integer>> byCode,
      Claim claim,
      ReferenceSnapshot ref,
      List<Edit> edits,
      Set<Integer> denied) {
    for (Map.Entry<String, List<Integer>> entry : byCode.entrySet()) {
      Optional<MueLimit> found = ref.mue(claim.setting(), entry.getKey(), claim.serviceDate());
      if (found.isEmpty()) {
        continue;
      }
      MueLimit mue = found.get();
      String table =
          (claim.setting() == EditSetting.PRACTITIONER ? "practitioner" : "outpatient hospital")
              + " MUE of "
              + mue.value()
              + " (MAI "
              + mue.mai()
              + ", table effective "
              + mue.effectiveDate()
              + ")";
      if (mue.dateOfService()) {
        int total = 0;
        for (int i : entry.getValue()) {
          total += lines.get(i).units();
        }
        if (total > mue.value()) {
          denied.addAll(entry.getValue());
          edits.add(
              Edit.error(
                      "MUE_EXCEEDED",
                      entry.getKey()
                          + ": "
                          + total
                          + " units on "
                          + claim.serviceDate()
                          + " exceed the "
                          + table
                          + "; a date-of-service edit, so all "
                          + total
                          + " units deny")
                  .atLine(entry.getValue().get(0)));
        }
      } else {
        for (int i : entry.getValue()) {
          if (lines.get(i).units() > mue.value()) {
            denied.add(i);
            edits.add(
                Edit.error(
                        "MUE_EXCEEDED",
                        entry.getKey()
                            + ": "
                            + lines.get(i).units()
                            + " units on the line exceed the "
                            + table
                            + "; a line edit, so the line denies")
                    .atLine(i));
          }
        }
      }
    }
  }

  private static void checkPtp(
      List<CodedLine> lines,
      Map<String, List<Integer>> byCode,
      Claim claim,
      ReferenceSnapshot ref,
      List<Edit> edits,
      Set<Integer> denied) {
    Set<String> reported = new HashSet<>();
    for (String column1 : byCode.keySet()) {
      for (PtpEdit edit : ref.ptpEdits(claim.setting(), column1)) {
        List<Integer> column2Lines = byCode.get(edit.column2());
        if (column2Lines == null
            || edit.column2().equals(column1)
            || !edit.activeOn(claim.serviceDate())) {
          continue;
        }
        for (int i : column2Lines) {
          CodedLine line = lines.get(i);
          boolean bypassed = false;
          if (edit.modifierIndicator() == '1') {
            for (String m : line.modifiers()) {
              bypassed |= PTP_MODIFIERS.contains(m);
            }
          }
          if (bypassed || !reported.add(column1 + "|" + edit.column2() + "|" + i)) {
            continue;
          }
          denied.add(i);
          String how =
              edit.modifierIndicator() == '0'
                  ? "modifier indicator 0: no modifier allows the pair"
                  : "modifier indicator 1: bill it only with an NCCI-associated modifier (59/XE/XS/XP/XU) when documented as distinct";
          edits.add(
              Edit.error(
                      "NCCI_PTP_CONFLICT",
                      edit.column2()
                          + " is a column 2 code of "
                          + column1
                          + " (NCCI PTP edit effective "
                          + edit.effective()
                          + (edit.rationale() == null || edit.rationale().isBlank()
                              ? ""
                              : ", " + edit.rationale())
                          + "); "
                          + how)
                  .atLine(i));
        }
      }
    }
  }

  private static void checkAuthorization(
      List<CodedLine> lines, Claim claim, Payer payer, List<Edit> edits) {
    AuthorizationFacts auth = claim.authorization();
    int authorizedCodeUnits = 0;
    for (int i = 0; i < lines.size(); i++) {
      CodedLine line = lines.get(i);
      if (line.kind() != CodedLine.Kind.DRUG) {
        continue;
      }
      if (line.code().equals(auth.hcpcs())) {
        authorizedCodeUnits += line.units();
      } else if (!line.hasModifier("JW")) {
        edits.add(
            Edit.error(
                    "AUTH_HCPCS_MISMATCH",
                    line.code()
                        + " is billed but the authorization covers "
                        + auth.hcpcs()
                        + "; bill the authorized code or obtain an authorization for "
                        + line.code())
                .atLine(i));
      }
    }
    if (payer.authorizationBasis() == AuthorizationBasis.UNITS) {
      if (authorizedCodeUnits > auth.remainingUnits()) {
        edits.add(
            Edit.error(
                "AUTH_UNITS_EXCEEDED",
                auth.hcpcs()
                    + ": "
                    + authorizedCodeUnits
                    + " units billed (administered and discarded) exceed the "
                    + auth.remainingUnits()
                    + " units remaining on the authorization"));
      }
    } else if (auth.remainingUnits() < 1) {
      edits.add(
          Edit.error(
              "AUTH_VISITS_EXHAUSTED",
              claim.payerLabel()
                  + " authorizes visits and none remain on the authorization; request more visits"));
    }
    if (claim.serviceDate().isBefore(auth.start()) || claim.serviceDate().isAfter(auth.end())) {
      edits.add(
          Edit.error(
              "AUTH_DATE_OUTSIDE_SPAN",
              "date of service "
                  + claim.serviceDate()
                  + " is outside the authorized span "
                  + auth.start()
                  + " to "
                  + auth.end()));
    }
    if (auth.siteOfCare() != null) {
      if (claim.siteOfCare() == null) {
        edits.add(
            Edit.warning(
                "AUTH_SITE_UNKNOWN",
                "the authorization is for "
                    + auth.siteOfCare()
                    + " but the claim states no site of care"));
      } else if (claim.siteOfCare() != auth.siteOfCare()) {
        edits.add(
            Edit.error(
                "AUTH_SITE_MISMATCH",
                "site of care "
                    + claim.siteOfCare()
                    + " differs from the authorized "
                    + auth.siteOfCare()));
      }
    }
  }

  private static void checkTimelyFiling(Claim claim, Payer payer, List<Edit> edits) {
    Period period = payer.policy().timelyFilingPeriod();
    boolean institutional = claim.setting() == EditSetting.FACILITY;
    LocalDate from =
        institutional && claim.statementThroughDate() != null
            ? claim.statementThroughDate()
            : claim.serviceDate();
    String fromText =
        from.equals(claim.serviceDate())
            ? "the date of service " + from
            : "the statement through date " + from + " (837I: Pub. 100-04 ch. 1 §70.1)";
    LocalDate deadline = from.plus(period);
    LocalDate filedOn = claim.submissionDate();
    StringBuilder filed = new StringBuilder();
    List<String> rejected = new ArrayList<>();
    for (PriorSubmission prior : claim.priorSubmissions()) {
      if (prior.outcome() == PriorSubmission.Outcome.ACCEPTED) {
        if (prior.submittedOn().isBefore(filedOn)) {
          filedOn = prior.submittedOn();
        }
      } else {
        rejected.add(
            prior.submittedOn()
                + " ("
                + (prior.outcome() == PriorSubmission.Outcome.REJECTED_999 ? "999" : "277CA")
                + " rejection)");
      }
    }
    if (!filedOn.equals(claim.submissionDate())) {
      filed.append("; filed on ").append(filedOn).append(", when a submission was accepted");
    }
    if (!rejected.isEmpty()) {
      filed
          .append("; the rejected submission")
          .append(rejected.size() > 1 ? "s of " : " of ")
          .append(String.join(", ", rejected))
          .append(rejected.size() > 1 ? " do" : " does")
          .append(" not count as filed (a claim rejected as unprocessable was never filed)");
    }
    String limit = limitText(payer, period);
    long daysLeft = ChronoUnit.DAYS.between(filedOn, deadline);
    if (daysLeft < 0) {
      edits.add(
          Edit.error(
              "TIMELY_FILING_EXPIRED",
              claim.payerLabel()
                  + " timely filing limit of "
                  + limit
                  + " from "
                  + fromText
                  + " passed on "
                  + deadline
                  + filed));
    } else if (daysLeft <= claim.timelyFilingWarningDays()) {
      edits.add(
          Edit.warning(
              "TIMELY_FILING_NEAR",
              claim.payerLabel()
                  + " timely filing limit of "
                  + limit
                  + " from "
                  + fromText
                  + " ends on "
                  + deadline
                  + ", "
                  + daysLeft
                  + " days after "
                  + filedOn
                  + filed));
    }
  }

  private static String limitText(Payer payer, Period period) {
    if (period.equals(Period.ofYears(1))) {
      return "1 calendar year"
          + (payer.type() == PayerType.MEDICARE_PART_B ? " (42 CFR 424.44(a)(1))" : "");
    }
    if (period.getYears() == 0 && period.getMonths() == 0) {
      return period.getDays() + " days";
    }
    return period.toString();
  }
}
