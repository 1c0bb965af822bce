package com.infusionbilling.clearinghouse.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.clearinghouse.ClearinghouseTestConfiguration;
import com.infusionbilling.clearinghouse.LocalMailboxTestBase;
import com.infusionbilling.edi.model.Adjustment;
import com.infusionbilling.edi.model.AuthorizationDecision;
import com.infusionbilling.edi.model.AuthorizationRequest;
import com.infusionbilling.edi.model.AuthorizationResponse;
import com.infusionbilling.edi.model.ClaimAck;
import com.infusionbilling.edi.model.ClaimPayment;
import com.infusionbilling.edi.model.ClaimStatus;
import com.infusionbilling.edi.model.EligibilityResponse;
import com.infusionbilling.edi.model.FunctionalAck;
import com.infusionbilling.edi.model.Member;
import com.infusionbilling.edi.model.ProfessionalClaim;
import com.infusionbilling.edi.model.ProfessionalServiceLine;
import com.infusionbilling.edi.model.Remittance;
import com.infusionbilling.edi.model.RequestedService;
import com.infusionbilling.edi.model.ServicePayment;
import com.infusionbilling.testing.X12Samples;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Every scenario of {@code sandbox/scenarios.yaml}, end to end through files: we submit through the
 * gateway into the outbound folder, the sandbox payer takes the file and writes its answers into
 * the inbound folder with our writers, and we pick them up through the gateway's readers.
 */
class SandboxPayerScenariosTest extends LocalMailboxTestBase {

  private static final Set<String> EXERCISED = new TreeSet<>();
  private static final AtomicInteger KEYS = new AtomicInteger();

  private static String key() {
    return "sandbox-test-" + System.nanoTime() + "-" + KEYS.incrementAndGet();
  }

  private <T> T only(List<T> list) {
    assertThat(list).hasSize(1);
    return list.get(0);
  }

  // ------------------------------------------------------------------ eligibility

  @Test
  void activeCoverageSaysPriorAuthorizationRequiredForInfliximab() {
    gateway.submit(key(), List.of(X12Samples.inquiry("EL-ACTIVE", X12Samples.INQUIRY_MEMBER)));
    exchange();

    EligibilityResponse r = only(events.messages(EligibilityResponse.class));
    assertThat(r.traceNumber()).isEqualTo("EL-ACTIVE");
    assertThat(r.coverageActive()).isTrue();
    assertThat(r.priorAuthorizationRequired("J1745")).isTrue();
    assertThat(r.benefits())
        .anySatisfy(
            b -> {
              assertThat(b.informationCode()).isEqualTo("C");
              assertThat(b.amount()).isEqualByComparingTo("750");
            });
  }

  @Test
  void inactiveCoverage() {
    EXERCISED.add("coverage terminated");
    gateway.submit(key(), List.of(X12Samples.inquiry("EL-INACT", nameOnly("INACT001"))));
    exchange();

    EligibilityResponse r = only(events.messages(EligibilityResponse.class));
    assertThat(r.coverageActive()).isFalse();
    assertThat(r.benefits()).extracting(b -> b.informationCode()).containsExactly("6");
  }

  @Test
  void pharmacyBenefitDrug() {
    EXERCISED.add("specialty drug carved out to the pharmacy benefit");
    var q =
        new com.infusionbilling.edi.model.EligibilityInquiry(
            "EL-PHARM",
            X12Samples.PAYER,
            X12Samples.PROVIDER,
            nameOnly("PHARM042"),
            X12Samples.DOS,
            List.of("30"),
            List.of("J0897"));
    gateway.submit(key(), List.of(q));
    exchange();

    EligibilityResponse r = only(events.messages(EligibilityResponse.class));
    assertThat(r.coverageActive()).isTrue();
    assertThat(r.pharmacyBenefit("J0897")).isTrue();
  }

  @Test
  void memberNotFound() {
    EXERCISED.add("member not on file");
    gateway.submit(key(), List.of(X12Samples.inquiry("EL-NF", nameOnly("NOTFOUND9"))));
    exchange();

    EligibilityResponse r = only(events.messages(EligibilityResponse.class));
    assertThat(r.coverageActive()).isFalse();
    assertThat(r.rejections()).extracting(x -> x.reasonCode()).containsExactly("75");
  }

  // ------------------------------------------------------------------ prior authorization

  @Test
  void authorizationApprovedByDefault() {
    gateway.submit(
        key(), List.of(X12Samples.authorizationRequest("PA-OK", X12Samples.INQUIRY_MEMBER)));
    exchange();

    AuthorizationResponse r = only(events.messages(AuthorizationResponse.class));
    assertThat(r.traceNumber()).isEqualTo("PA-OK");
    assertThat(r.decision()).isEqualTo(AuthorizationDecision.CERTIFIED);
    assertThat(r.certificationNumber()).startsWith("SBX");
    assertThat(r.services().get(0).approvedUnits()).isEqualByComparingTo("400");
    assertThat(r.services().get(0).to()).isEqualTo(X12Samples.DOS.plusDays(97));
  }

  @Test
  void ocrelizumabPendsThenIsApprovedAfterTwoDaysOfClock() {
    EXERCISED.add("ocrelizumab goes to clinical review and is approved two days later");
    var request = authorization("PA-PEND", "W123456789", "J2350", "600");
    gateway.submit(key(), List.of(request));
    exchange();
    AuthorizationResponse first = only(events.messages(AuthorizationResponse.class));
    assertThat(first.decision()).isEqualTo(AuthorizationDecision.PENDED);

    clock.advance(Duration.ofDays(1));
    exchange();
    assertThat(events.messages(AuthorizationResponse.class)).hasSize(1); // not yet

    clock.advance(Duration.ofDays(1));
    exchange();
    List<AuthorizationResponse> all = events.messages(AuthorizationResponse.class);
    assertThat(all).hasSize(2);
    assertThat(all.get(1).traceNumber()).isEqualTo("PA-PEND");
    assertThat(all.get(1).decision()).isEqualTo(AuthorizationDecision.CERTIFIED);
    assertThat(all.get(1).certificationNumber()).isNotBlank();
  }

  @Test
  void partialApprovalGivesFewerUnits() {
    EXERCISED.add("fewer units than asked");
    gateway.submit(key(), List.of(authorization("PA-PART", "PAPART01", "J1745", "400")));
    exchange();

    AuthorizationResponse r = only(events.messages(AuthorizationResponse.class));
    assertThat(r.decision()).isEqualTo(AuthorizationDecision.CERTIFIED_PARTIAL);
    // 005010X217: A2 for the patient event, A6 (modified) for the service
    assertThat(r.services().get(0).decision()).isEqualTo(AuthorizationDecision.MODIFIED);
    assertThat(r.services().get(0).approvedUnits()).isEqualByComparingTo("300");
  }

  @Test
  void noAuthorizationNeededIsHcrNaWithThePayersReference() {
    EXERCISED.add("no authorization needed for this plan");
    gateway.submit(key(), List.of(authorization("PA-NA", "PANA0001", "J1745", "400")));
    exchange();

    AuthorizationResponse r = only(events.messages(AuthorizationResponse.class));
    assertThat(r.decision()).isEqualTo(AuthorizationDecision.NO_ACTION_REQUIRED);
    assertThat(r.administrativeReference()).startsWith("SBXR");
    assertThat(r.certificationNumber()).isNull();
  }

  @Test
  void denial() {
    EXERCISED.add("not medically necessary");
    gateway.submit(key(), List.of(authorization("PA-DENY", "PADENY01", "J1745", "400")));
    exchange();

    AuthorizationResponse r = only(events.messages(AuthorizationResponse.class));
    assertThat(r.decision()).isEqualTo(AuthorizationDecision.DENIED);
    assertThat(r.reasonCode()).isEqualTo("0U");
    assertThat(r.certificationNumber()).isNull();
  }

  // ------------------------------------------------------------------ claims

  /** A member the sandbox has not adjudicated before: the full remaining deductible ($750). */
  private static Member freshMember(String prefix) {
    return X12Samples.member(prefix + System.nanoTime() % 1_000_000_000L);
  }

  /**
   * A claim to the sandbox as the secondary payer (SBR01 S, 2320/2430 with Medicare's answer): paid
   * what Medicare left the patient on each line (PR-2), the rest OA-23, processed as secondary.
   */
  @Test
  void aSecondaryClaimIsPaidThePrimarysPatientShareAsSecondary() {
    gateway.submit(
        key(),
        List.of(
            X12Samples.secondaryInfliximabClaim(
                "SEC0001", freshMember("SUPP"), freshMember("SECONDARY"))));
    exchange();

    ClaimPayment p = only(only(events.messages(Remittance.class)).claims());
    assertThat(p.statusCode()).isEqualTo("2");
    assertThat(p.services())
        .extracting(ServicePayment::paid)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(
            new BigDecimal("259.00"),
            new BigDecimal("21.00"),
            new BigDecimal("20.00"),
            new BigDecimal("8.00"));
    assertThat(p.services().get(0).adjustments())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.group() + "-" + a.reasonCode()).isEqualTo("OA-23");
              assertThat(a.amount()).isEqualByComparingTo("3441.00");
            });
    assertThat(p.paid()).isEqualByComparingTo("308.00");
    assertThat(p.patientResponsibility()).isEqualByComparingTo("0");
  }

  @Test
  void claimPaidAtContractedRatesWithDeductibleBeforeCoinsurance() {
    var claim = X12Samples.infliximabOfficeClaim("PAY0001", freshMember("W7"));
    gateway.submit(key(), List.of(claim));
    exchange();

    FunctionalAck ack = only(events.messages(FunctionalAck.class));
    assertThat(ack.accepted()).isTrue();
    ClaimStatus status = only(only(events.messages(ClaimAck.class)).claims());
    assertThat(status.patientControlNumber()).isEqualTo("PAY0001");
    assertThat(status.accepted()).isTrue();
    ClaimPayment p = only(only(events.messages(Remittance.class)).claims());
    assertThat(p.statusCode()).isEqualTo("1");
    // the 837 says CI (commercial); the 835 code list has no CI, the sandbox plan is a PPO
    assertThat(claim.claimFilingIndicator()).isEqualTo("CI");
    assertThat(p.claimFilingIndicator()).isEqualTo("12");
    ServicePayment drug = p.services().get(0);
    // J1745 37 units x 81.94 = 3031.78 allowed; the 271's remaining deductible 750 first (PR-1),
    // then 20 % coinsurance on 2281.78 = 456.36 (PR-2); paid 1825.42; CO-45 the rest of the charge
    assertThat(drug.allowed()).isEqualByComparingTo("3031.78");
    assertThat(drug.paid()).isEqualByComparingTo("1825.42");
    assertThat(drug.adjustments())
        .containsExactly(
            new Adjustment("CO", "45", new BigDecimal("668.22"), null),
            new Adjustment("PR", "1", new BigDecimal("750"), null),
            new Adjustment("PR", "2", new BigDecimal("456.36"), null));
    // the deductible is used up: the next line pays 80 % again
    ServicePayment waste = p.services().get(1);
    assertThat(waste.adjustments()).extracting(Adjustment::reasonCode).doesNotContain("1");
    assertThat(drug.lineItemControlNumber()).isEqualTo("PAY0001-1");
    assertThat(p.paid()).isEqualByComparingTo(sum(p.services()));
    assertThat(p.patientResponsibility()).isEqualByComparingTo(patientShare(p.services()));
  }

  // ------------------------------------------------------------------ issue 17 members

  @Test
  void deny50Deny16Deny29AndDeny197MembersAreDeniedWithTheirCodes() {
    EXERCISED.add("medical necessity (member)");
    EXERCISED.add("no authorization on the payer's file (member)");
    EXERCISED.add("unprocessable, NDC missing or invalid (member)");
    EXERCISED.add("past timely filing (member)");
    gateway.submit(
        key(),
        List.of(
            X12Samples.infliximabOfficeClaim("M50A", freshMember("DENY50")),
            X12Samples.infliximabOfficeClaim("M16A", freshMember("DENY16")),
            X12Samples.infliximabOfficeClaim("M29A", freshMember("DENY29")),
            X12Samples.infliximabOfficeClaim("M197A", freshMember("DENY197"))));
    exchange();

    var payments = only(events.messages(Remittance.class)).claims();
    assertThat(payments)
        .extracting(
            ClaimPayment::statusCode,
            c -> c.adjustments().get(0).reasonCode(),
            c -> c.remarkCodes())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("4", "50", List.of()),
            org.assertj.core.groups.Tuple.tuple("4", "16", List.of("M119")),
            org.assertj.core.groups.Tuple.tuple("4", "29", List.of("N211")),
            org.assertj.core.groups.Tuple.tuple("4", "197", List.of("M62")));
  }

  @Test
  void anUnderpayMemberIsAllowedTenPercentBelowTheContract() {
    EXERCISED.add("paid below the contract");
    gateway.submit(
        key(), List.of(X12Samples.infliximabOfficeClaim("UNDP1", freshMember("UNDERPAY"))));
    exchange();

    ServicePayment drug = only(only(events.messages(Remittance.class)).claims()).services().get(0);
    // 37 x 81.94 = 3031.78 at contract; 90 % of it allowed
    assertThat(drug.allowed()).isEqualByComparingTo("2728.60");
  }

  /**
   * With no remittance delay the 835 comes in the run that takes the claim, also when the clock
   * stands between two milliseconds (the denial tests set it to {@code Instant.now()}): H2 had
   * rounded the owed time up past it, and the clock, which does not tick, never reached it.
   */
  @Test
  void theRemittanceIsWrittenInTheSameRunWhenTheClockIsBetweenMilliseconds() {
    clock.set(ClearinghouseTestConfiguration.START.plusNanos(700_000));
    gateway.submit(key(), List.of(X12Samples.infliximabOfficeClaim("SUBMS1", freshMember("W7"))));
    exchange();

    assertThat(only(only(events.messages(Remittance.class)).claims()).statusCode()).isEqualTo("1");
  }

  @Test
  void aReverseMemberIsPaidThenReversedAndPaidAgainAtTheContract() {
    EXERCISED.add("payment reversed and corrected");
    gateway.submit(
        key(), List.of(X12Samples.infliximabOfficeClaim("REV1", freshMember("REVERSE"))));
    exchange();
    ClaimPayment first = only(only(events.messages(Remittance.class)).claims());
    assertThat(first.services().get(0).allowed()).isEqualByComparingTo("2728.60");
    events.clear();

    clock.advance(Duration.ofMinutes(2));
    exchange();

    var second = only(events.messages(Remittance.class)).claims();
    assertThat(second).extracting(ClaimPayment::statusCode).containsExactly("22", "1");
    assertThat(second.get(0).paid()).isEqualByComparingTo(first.paid().negate());
    assertThat(second.get(0).payerClaimControlNumber()).isEqualTo(first.payerClaimControlNumber());
    assertThat(second.get(1).payerClaimControlNumber())
        .isNotEqualTo(first.payerClaimControlNumber());
    assertThat(second.get(1).services().get(0).allowed()).isEqualByComparingTo("3031.78");
  }

  @Test
  void aDup835MembersRemittanceIsDeliveredTwiceInTwoInterchanges() {
    EXERCISED.add("the same 835 delivered twice");
    gateway.submit(key(), List.of(X12Samples.infliximabOfficeClaim("DUP1", freshMember("DUP835"))));
    exchange();

    var remittances = events.messages(Remittance.class);
    assertThat(remittances).hasSize(2);
    assertThat(remittances.get(1)).isEqualTo(remittances.get(0));
  }

  @Test
  void aCrossoverMemberIsPaidWithMa18() {
    EXERCISED.add("Medicare crossover to the supplemental insurer");
    gateway.submit(
        key(), List.of(X12Samples.infliximabOfficeClaim("XOV1", freshMember("CROSSOVER"))));
    exchange();

    ClaimPayment p = only(only(events.messages(Remittance.class)).claims());
    assertThat(p.statusCode()).isEqualTo("1");
    assertThat(p.remarkCodes()).containsExactly("MA18");
  }

  @Test
  void theDeductibleIsTakenOnlyWhileTheRemainingDeductibleLasts() {
    Member m = freshMember("W8");
    gateway.submit(key(), List.of(X12Samples.infliximabOfficeClaim("DED0001", m)));
    exchange();
    events.clear();
    gateway.submit(key(), List.of(X12Samples.infliximabOfficeClaim("DED0002", m)));
    exchange();

    ServicePayment drug = only(only(events.messages(Remittance.class)).claims()).services().get(0);
    // the first claim used the member's 750: no PR-1 on the second, 80 % of 3031.78 paid
    assertThat(drug.adjustments())
        .containsExactly(
            new Adjustment("CO", "45", new BigDecimal("668.22"), null),
            new Adjustment("PR", "2", new BigDecimal("606.36"), null));
    assertThat(drug.paid()).isEqualByComparingTo("2425.42");
  }

  @Test
  void medicareFeeForServiceIsSequesteredCo253() {
    var claim = withFiling(X12Samples.infliximabOfficeClaim("SEQ0001", freshMember("1EG4")), "MB");
    gateway.submit(key(), List.of(claim));
    exchange();

    ClaimPayment p = only(only(events.messages(Remittance.class)).claims());
    ServicePayment waste = p.services().get(1);
    // Original Medicare pays its ASP + 6 % limit, not the contract: J1745-JW 3 x 35.00 = 105.00
    // allowed (the deductible went to line 1): coinsurance 21.00, payer portion 84.00, 2 %
    // sequestration 1.68 (CO-253), paid 82.32; the charge 300.00 less 105.00 is CO-45
    // (the 835 groups its CAS segments by group code: CO first, then PR)
    assertThat(waste.allowed()).isEqualByComparingTo("105.00");
    assertThat(waste.adjustments())
        .containsExactlyInAnyOrder(
            new Adjustment("CO", "45", new BigDecimal("195"), null),
            new Adjustment("PR", "2", new BigDecimal("21"), null),
            new Adjustment("CO", "253", new BigDecimal("1.68"), null));
    assertThat(waste.paid()).isEqualByComparingTo("82.32");
    assertThat(p.claimFilingIndicator()).isEqualTo("MB");
  }

  @Test
  void institutionalClaimPaidOnRevenueCodes() {
    var claim = X12Samples.vedolizumabOutpatientClaim("INST0001", freshMember("W9"));
    gateway.submit(key(), List.of(claim));
    exchange();

    ClaimPayment p = only(only(events.messages(Remittance.class)).claims());
    // J3380 300 units x 24.02 = 7206 allowed; 750 deductible, 20 % of 6456 coinsurance, paid
    // 5164.80
    assertThat(p.services().get(0).allowed()).isEqualByComparingTo("7206.00");
    assertThat(p.services().get(0).paid()).isEqualByComparingTo("5164.80");
  }

  @Test
  void rejectedAtThe999() {
    EXERCISED.add("structurally rejected at the 999 (the whole transaction set)");
    var claim = X12Samples.infliximabOfficeClaim("R9990001", X12Samples.JANE);
    gateway.submit(key(), List.of(claim));
    exchange();

    FunctionalAck ack = only(events.messages(FunctionalAck.class));
    assertThat(ack.status()).isEqualTo("R");
    assertThat(ack.transactionSets().get(0).segmentErrors()).isNotEmpty();
    var mapped = only(events.acknowledged);
    assertThat(mapped.rejectedCorrelationIds()).containsExactly("R9990001");
    assertThat(mapped.acceptedCorrelationIds()).isEmpty();
    assertThat(events.messages(ClaimAck.class)).isEmpty();
    assertThat(events.messages(Remittance.class)).isEmpty();
  }

  @Test
  void rejectedAtThe277CA() {
    EXERCISED.add("rejected at the 277CA, billing provider not on file");
    gateway.submit(
        key(),
        List.of(
            X12Samples.infliximabOfficeClaim("R2770001", X12Samples.JANE),
            X12Samples.infliximabOfficeClaim("OK2770002", X12Samples.JANE)));
    exchange();

    assertThat(only(events.acknowledged).acceptedCorrelationIds())
        .containsExactly("R2770001", "OK2770002");
    List<ClaimStatus> statuses = only(events.messages(ClaimAck.class)).claims();
    assertThat(statuses).extracting(ClaimStatus::statusCategory).containsExactly("A7", "A2");
    assertThat(statuses.get(0).statusCode()).isEqualTo("562");
    assertThat(statuses.get(0).entityCode()).isEqualTo("85");
    assertThat(only(events.messages(Remittance.class)).claims())
        .extracting(ClaimPayment::patientControlNumber)
        .containsExactly("OK2770002");
  }

  @Test
  void aMembersClaimsAreRejectedAtThe277caA7WithStc562For85() {
    EXERCISED.add("member's claims rejected at the 277CA for an invalid billing provider NPI");
    gateway.submit(
        key(),
        List.of(X12Samples.infliximabOfficeClaim("PCNREJ1", X12Samples.member("REJ2770001"))));
    exchange();

    assertThat(only(events.acknowledged).acceptedCorrelationIds()).containsExactly("PCNREJ1");
    ClaimStatus status = only(only(events.messages(ClaimAck.class)).claims());
    assertThat(status.statusCategory()).isEqualTo("A7");
    assertThat(status.statusCode()).isEqualTo("562");
    assertThat(status.entityCode()).isEqualTo("85");
    assertThat(status.message()).isEqualTo("BILLING PROVIDER NPI NOT ON FILE");
    assertThat(events.messages(Remittance.class)).isEmpty();
  }

  @Test
  void aSilentMembersClaimIsAcceptedButNeverPaid() {
    EXERCISED.add("member's claims accepted but never paid (no 835)");
    gateway.submit(
        key(),
        List.of(X12Samples.infliximabOfficeClaim("PCNSIL1", X12Samples.member("SILENT0001"))));
    exchange();
    exchange();

    assertThat(only(events.messages(FunctionalAck.class)).accepted()).isTrue();
    assertThat(only(only(events.messages(ClaimAck.class)).claims()).statusCategory())
        .isEqualTo("A2");
    assertThat(events.messages(Remittance.class)).isEmpty();
    assertThat(sandbox.pendingAnswers()).isZero();
  }

  @Test
  void noAuthorizationOnFileDeniesCo197() {
    EXERCISED.add("drug needing prior authorization billed without REF*G1");
    var c = X12Samples.infliximabOfficeClaim("NOPA0001", X12Samples.JANE);
    gateway.submit(key(), List.of(withAuth(c, null)));
    exchange();

    assertDenied("NOPA0001", "197", "M62");
  }

  @Test
  void originalMedicareNeedsNoAuthorizationNumber() {
    var c =
        withFiling(
            withAuth(X12Samples.infliximabOfficeClaim("NOPAMB01", X12Samples.JANE), null), "MB");
    gateway.submit(key(), List.of(c));
    exchange();

    ClaimPayment p = only(only(events.messages(Remittance.class)).claims());
    assertThat(p.paid()).isPositive();
    assertThat(p.services())
        .flatExtracting(ServicePayment::adjustments)
        .extracting(Adjustment::reasonCode)
        .doesNotContain("197");
  }

  @Test
  void pastTimelyFilingDeniesCo29() {
    EXERCISED.add("past timely filing");
    clock.advance(Duration.ofDays(400));
    gateway.submit(key(), List.of(X12Samples.infliximabOfficeClaim("LATE0001", X12Samples.JANE)));
    exchange();

    assertDenied("LATE0001", "29", "N211");
  }

  @Test
  void medicalNecessityDeniesCo50() {
    EXERCISED.add("medical necessity");
    gateway.submit(key(), List.of(X12Samples.infliximabOfficeClaim("D500001", X12Samples.JANE)));
    exchange();
    assertDenied("D500001", "50", null);
  }

  @Test
  void nonCoveredDeniesCo96() {
    EXERCISED.add("non-covered service");
    gateway.submit(key(), List.of(X12Samples.infliximabOfficeClaim("D960001", X12Samples.JANE)));
    exchange();
    assertDenied("D960001", "96", null);
  }

  @Test
  void bundledDeniesCo97() {
    EXERCISED.add("bundled into another service");
    gateway.submit(key(), List.of(X12Samples.infliximabOfficeClaim("D970001", X12Samples.JANE)));
    exchange();
    assertDenied("D970001", "97", null);
  }

  @Test
  void drugLineWithoutNdcDeniesCo16WithM119AndPaysTheRest() {
    EXERCISED.add("drug line without its NDC (loop 2410)");
    var c = X12Samples.infliximabOfficeClaim("NONDC001", X12Samples.JANE);
    List<ProfessionalServiceLine> lines = new ArrayList<>(c.lines());
    var l = lines.get(0);
    lines.set(
        0,
        new ProfessionalServiceLine(
            l.lineItemControlNumber(),
            l.procedureCode(),
            l.modifiers(),
            l.charge(),
            l.units(),
            l.unitCode(),
            l.diagnosisPointers(),
            l.serviceDate(),
            null,
            null));
    gateway.submit(key(), List.of(withLines(c, lines)));
    exchange();

    ClaimPayment p = only(only(events.messages(Remittance.class)).claims());
    assertThat(p.statusCode()).isEqualTo("1");
    ServicePayment drug = p.services().get(0);
    assertThat(drug.paid()).isEqualByComparingTo("0");
    assertThat(drug.adjustments())
        .containsExactly(new Adjustment("CO", "16", new BigDecimal("3700"), null));
    assertThat(drug.remarkCodes()).containsExactly("M119");
    assertThat(p.services().get(2).allowed()).isPositive();
  }

  @Test
  void drugWithoutJwOrJzDeniesCo4() {
    EXERCISED.add("single-dose drug without JW or JZ");
    var c = X12Samples.infliximabOfficeClaim("NOJZ0001", X12Samples.JANE);
    // drop the JW line: the administered line then carries neither JW nor JZ
    List<ProfessionalServiceLine> lines = new ArrayList<>(c.lines());
    lines.remove(1);
    gateway.submit(key(), List.of(withLines(c, lines)));
    exchange();

    ServicePayment drug = only(only(events.messages(Remittance.class)).claims()).services().get(0);
    assertThat(drug.paid()).isEqualByComparingTo("0");
    assertThat(drug.adjustments()).extracting(Adjustment::reasonCode).containsExactly("4");
  }

  @Test
  void noWastageModifierIsDemandedOnAMultipleDoseVialOrAQCode() {
    var c = X12Samples.infliximabOfficeClaim("NOJZ0002", X12Samples.JANE);
    var admin = c.lines().get(2);
    var paclitaxel =
        new ProfessionalServiceLine(
            "NOJZ0002-1",
            "J9267",
            List.of(),
            new BigDecimal("300.00"),
            new BigDecimal("300"),
            "UN",
            List.of(1),
            X12Samples.DOS,
            new com.infusionbilling.edi.model.DrugIdentification(
                "00703476801", new BigDecimal("50"), "ML"),
            null);
    var biosimilar =
        new ProfessionalServiceLine(
            "NOJZ0002-2",
            "Q5103",
            List.of(),
            new BigDecimal("1800.00"),
            new BigDecimal("37"),
            "UN",
            List.of(1),
            X12Samples.DOS,
            new com.infusionbilling.edi.model.DrugIdentification(
                "00069080901", new BigDecimal("4"), "UN"),
            null);
    gateway.submit(key(), List.of(withLines(c, List.of(paclitaxel, biosimilar, admin))));
    exchange();

    ClaimPayment p = only(only(events.messages(Remittance.class)).claims());
    assertThat(p.services())
        .allSatisfy(
            s ->
                assertThat(s.adjustments()).extracting(Adjustment::reasonCode).doesNotContain("4"));
  }

  @Test
  void everyScenarioInTheFileIsExercised() {
    // runs last in practice; checked again after all tests in verifyAllScenariosExercised
    assertThat(scenarioNames()).isNotEmpty();
  }

  @AfterAll
  static void verifyAllScenariosExercised() {
    assertThat(EXERCISED)
        .as("scenario rules exercised by this class")
        .containsExactlyInAnyOrderElementsOf(scenarioNames());
  }

  // ------------------------------------------------------------------ helpers

  private static Set<String> scenarioNames() {
    SandboxScenarios s = SandboxScenarios.load(new ClassPathResource("sandbox/scenarios.yaml"));
    Set<String> names = new TreeSet<>();
    s.eligibility().rules().forEach(r -> names.add(r.name()));
    s.authorizations().rules().forEach(r -> names.add(r.name()));
    s.claims().rules().forEach(r -> names.add(r.name()));
    return names;
  }

  private void assertDenied(String pcn, String carc, String rarc) {
    assertThat(only(events.messages(ClaimAck.class)).claims().get(0).accepted()).isTrue();
    ClaimPayment p = only(only(events.messages(Remittance.class)).claims());
    assertThat(p.patientControlNumber()).isEqualTo(pcn);
    assertThat(p.denied()).isTrue();
    assertThat(p.paid()).isEqualByComparingTo("0");
    assertThat(p.adjustments()).containsExactly(new Adjustment("CO", carc, p.charge(), null));
    if (rarc != null) {
      assertThat(p.remarkCodes()).containsExactly(rarc);
    }
  }

  /** PR adjustments of the lines: deductible and coinsurance. */
  private static BigDecimal patientShare(List<ServicePayment> services) {
    return services.stream()
        .flatMap(s -> s.adjustments().stream())
        .filter(a -> a.group().equals("PR"))
        .map(Adjustment::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static ProfessionalClaim withFiling(ProfessionalClaim c, String filing) {
    return copy(c, filing, c.priorAuthorizationNumber(), c.lines());
  }

  /** The claim with another SBR09, REF*G1 and lines. */
  private static ProfessionalClaim copy(
      ProfessionalClaim c, String filing, String auth, List<ProfessionalServiceLine> lines) {
    return new ProfessionalClaim(
        c.patientControlNumber(),
        c.billingProvider(),
        c.subscriber(),
        c.payer(),
        filing,
        c.payerResponsibility(),
        c.placeOfService(),
        c.frequencyCode(),
        c.originalPayerClaimNumber(),
        auth,
        c.diagnosisCodes(),
        c.renderingProvider(),
        c.serviceFacility(),
        lines,
        null);
  }

  private static BigDecimal sum(List<ServicePayment> services) {
    return services.stream().map(ServicePayment::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static Member nameOnly(String memberId) {
    return new Member(memberId, "DOE", "JANE", null, LocalDate.of(1970, 1, 1), "F", null, null);
  }

  private static AuthorizationRequest authorization(
      String trace, String memberId, String hcpcs, String units) {
    return new AuthorizationRequest(
        trace,
        "I",
        "1",
        "11",
        X12Samples.PAYER,
        X12Samples.PROVIDER,
        nameOnly(memberId),
        List.of("G35"),
        null,
        List.of(
            new RequestedService(
                hcpcs,
                List.of(),
                new BigDecimal(units),
                X12Samples.DOS,
                X12Samples.DOS.plusWeeks(26))));
  }

  private static ProfessionalClaim withAuth(ProfessionalClaim c, String auth) {
    return copy(c, c.claimFilingIndicator(), auth, c.lines());
  }

  private static ProfessionalClaim withLines(
      ProfessionalClaim c, List<ProfessionalServiceLine> lines) {
    return copy(c, c.claimFilingIndicator(), c.priorAuthorizationNumber(), lines);
  }
}
