package com.infusionbilling.testing;

import com.infusionbilling.edi.InMemoryControlNumberSource;
import com.infusionbilling.edi.X12Parties;
import com.infusionbilling.edi.X12Schemas;
import com.infusionbilling.edi.X12Writer;
import com.infusionbilling.edi.model.Address;
import com.infusionbilling.edi.model.Adjustment;
import com.infusionbilling.edi.model.AuthorizationDecision;
import com.infusionbilling.edi.model.AuthorizationRequest;
import com.infusionbilling.edi.model.AuthorizationResponse;
import com.infusionbilling.edi.model.Benefit;
import com.infusionbilling.edi.model.ClaimAck;
import com.infusionbilling.edi.model.ClaimPayment;
import com.infusionbilling.edi.model.ClaimStatus;
import com.infusionbilling.edi.model.DrugIdentification;
import com.infusionbilling.edi.model.EligibilityInquiry;
import com.infusionbilling.edi.model.EligibilityResponse;
import com.infusionbilling.edi.model.FunctionalAck;
import com.infusionbilling.edi.model.InstitutionalClaim;
import com.infusionbilling.edi.model.InstitutionalServiceLine;
import com.infusionbilling.edi.model.Member;
import com.infusionbilling.edi.model.Party;
import com.infusionbilling.edi.model.ProfessionalClaim;
import com.infusionbilling.edi.model.ProfessionalServiceLine;
import com.infusionbilling.edi.model.Remittance;
import com.infusionbilling.edi.model.RequestedService;
import com.infusionbilling.edi.model.ServiceDecision;
import com.infusionbilling.edi.model.ServicePayment;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Realistic infusion encounters and exchanges (made-up people, valid NPI check digits) used by the
 * EDI tests. Worked examples follow docs: infliximab 365 mg from 4 x 100 mg vials with a 10 mg code
 * bills 37 units plus 3 units JW (cms.gov/medicare/payment/part-b-drugs/discarded-drugs).
 */
public final class X12Samples {

  public static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-15T14:30:00Z"), ZoneOffset.UTC);
  public static final LocalDate DOS = LocalDate.of(2026, 1, 14);

  public static final X12Parties PROVIDER_TO_CLEARINGHOUSE =
      new X12Parties(
          "ZZ",
          "IBWSUBMITTER",
          "ZZ",
          "SANDBOXCH",
          "ACME INFUSION",
          "SANDBOX CLEARINGHOUSE",
          "BILLING DESK",
          "5555551234",
          "1123456789",
          false);

  public static final X12Parties CLEARINGHOUSE_TO_PROVIDER =
      PROVIDER_TO_CLEARINGHOUSE.reversed("SANDBOX CLEARINGHOUSE", "ACME INFUSION", "1987654321");

  public static final Party PAYER = Party.organization("ACME HEALTH PLAN", "60054");

  public static final Party BILLING =
      new Party(
          "ACME INFUSION CENTER",
          null,
          null,
          "1234567893",
          "123456789",
          "261QI0500X",
          new Address("100 MAIN ST", "SUITE 200", "SPRINGFIELD", "IL", "627011234"));

  /** The provider as named in 270/271/278 (NM1 only). */
  public static final Party PROVIDER = Party.organization("ACME INFUSION CENTER", "1234567893");

  public static final Party SERVICING = Party.person("SMITH", "JOHN", "1245319599");

  public static final Party PAYER_WITH_ADDRESS =
      new Party(
          "ACME HEALTH PLAN",
          null,
          null,
          "60054",
          null,
          null,
          new Address("PO BOX 1", null, "SPRINGFIELD", "IL", "62701"));

  public static final Party ATTENDING =
      new Party(null, "SMITH", "JOHN", "1245319599", null, "207RR0500X", null);

  public static final Member JANE =
      new Member(
          "W123456789",
          "DOE",
          "JANE",
          "Q",
          LocalDate.of(1970, 1, 1),
          "F",
          new Address("1 ELM ST", null, "SPRINGFIELD", "IL", "62701"),
          "GRP100");

  /** As named in 270/271/278: name, ID, birth date and gender (no address or group). */
  public static final Member INQUIRY_MEMBER =
      new Member("W123456789", "DOE", "JANE", "Q", LocalDate.of(1970, 1, 1), "F", null, null);

  public static Member member(String memberId) {
    return new Member(
        memberId,
        JANE.lastName(),
        JANE.firstName(),
        JANE.middleName(),
        JANE.dateOfBirth(),
        JANE.gender(),
        JANE.address(),
        JANE.groupNumber());
  }

  private X12Samples() {}

  public static final Party MEDICARE = Party.organization("MEDICARE PART B", "MCRB1");

  /**
   * {@link #infliximabOfficeClaim}'s encounter sent to the secondary payer (SBR01 S, {@code
   * secondaryMember}) after Medicare paid it as primary: 2320 with Medicare's claim-level
   * adjudication (PR-1 $50 deductible, AMT*D), 2330A (the Medicare member) and 2330B (Medicare,
   * REF*F8 its claim number), and each line's 2430 (SVD paid, CO-45 above the fee schedule, PR-2 20
   * % coinsurance, CO-253 sequestration, DTP*573). Charge = paid + every CAS (TR3 balancing).
   */
  public static ProfessionalClaim secondaryInfliximabClaim(
      String pcn, Member secondaryMember, Member medicareMember) {
    ProfessionalClaim primary = infliximabOfficeClaim(pcn, secondaryMember);
    LocalDate paidOn = DOS.plusDays(20);
    String[][] adjudication = {
      // paid, CO-45, PR-2, CO-253 (charges 3700, 300, 250, 135)
      {"1015.28", "2405.00", "259.00", "20.72"},
      {"82.32", "195.00", "21.00", "1.68"},
      {"78.40", "150.00", "20.00", "1.60"},
      {"31.36", "95.00", "8.00", "0.64"},
    };
    List<ProfessionalServiceLine> lines = new java.util.ArrayList<>();
    for (int i = 0; i < primary.lines().size(); i++) {
      ProfessionalServiceLine l = primary.lines().get(i);
      String[] a = adjudication[i];
      lines.add(
          new ProfessionalServiceLine(
              l.lineItemControlNumber(),
              l.procedureCode(),
              l.modifiers(),
              l.charge(),
              l.units(),
              l.unitCode(),
              l.diagnosisPointers(),
              l.serviceDate(),
              l.drug(),
              List.of(
                  new com.infusionbilling.edi.model.LineAdjudication(
                      MEDICARE.id(),
                      new BigDecimal(a[0]),
                      l.procedureCode(),
                      l.modifiers(),
                      l.units(),
                      List.of(
                          new com.infusionbilling.edi.model.Adjustment(
                              "CO", "45", new BigDecimal(a[1]), null),
                          new com.infusionbilling.edi.model.Adjustment(
                              "CO", "253", new BigDecimal(a[3]), null),
                          new com.infusionbilling.edi.model.Adjustment(
                              "PR", "2", new BigDecimal(a[2]), null)),
                      paidOn))));
    }
    return new ProfessionalClaim(
        pcn,
        BILLING,
        secondaryMember,
        PAYER,
        "CI",
        "S",
        primary.placeOfService(),
        "1",
        null,
        null,
        primary.diagnosisCodes(),
        primary.renderingProvider(),
        null,
        lines,
        List.of(
            new com.infusionbilling.edi.model.OtherPayer(
                "P",
                "MB",
                // 2330A has no DMG: the other subscriber's birth date and gender are not sent
                new Member(
                    medicareMember.memberId(),
                    medicareMember.lastName(),
                    medicareMember.firstName(),
                    medicareMember.middleName(),
                    null,
                    null,
                    medicareMember.address(),
                    medicareMember.groupNumber()),
                MEDICARE,
                new BigDecimal("1157.36"),
                List.of(
                    new com.infusionbilling.edi.model.Adjustment(
                        "PR", "1", new BigDecimal("50.00"), null)),
                null, // the lines' 2430 carry the adjudication date (DTP*573)
                "MCR2026011400042")));
  }

  /**
   * Physician office (POS 11), Acme (commercial, SBR09 CI): infliximab 365 mg from 4 x 100 mg
   * single-dose vials, J1745 (10 mg): 37 units administered + 3 units JW discarded; NDC
   * 57894-0030-01 in Acme's convention, the package's unit (UN per vial): 3.65 UN administered and
   * 0.35 UN discarded, as the billing engine computes them (issue 15 item 11); Acme codes
   * infliximab with therapeutic codes: 96365 (initial hour) + 96366 x 1 (additional hour, 95
   * minutes total).
   */
  public static ProfessionalClaim infliximabOfficeClaim(String pcn, Member m) {
    DrugIdentification ndc = new DrugIdentification("57894003001", new BigDecimal("3.65"), "UN");
    DrugIdentification discarded =
        new DrugIdentification("57894003001", new BigDecimal("0.35"), "UN");
    return new ProfessionalClaim(
        pcn,
        BILLING,
        m,
        PAYER,
        "CI",
        "P",
        "11",
        "1",
        null,
        "AUTH12345",
        List.of("K50.90", "Z79.899"),
        ATTENDING,
        null,
        List.of(
            new ProfessionalServiceLine(
                pcn + "-1",
                "J1745",
                List.of(),
                new BigDecimal("3700.00"),
                new BigDecimal("37"),
                "UN",
                List.of(1),
                DOS,
                ndc,
                null),
            new ProfessionalServiceLine(
                pcn + "-2",
                "J1745",
                List.of("JW"),
                new BigDecimal("300.00"),
                new BigDecimal("3"),
                "UN",
                List.of(1),
                DOS,
                discarded,
                null),
            new ProfessionalServiceLine(
                pcn + "-3",
                "96365",
                List.of(),
                new BigDecimal("250.00"),
                BigDecimal.ONE,
                "UN",
                List.of(1, 2),
                DOS,
                null,
                null),
            new ProfessionalServiceLine(
                pcn + "-4",
                "96366",
                List.of(),
                new BigDecimal("135.00"),
                BigDecimal.ONE,
                "UN",
                List.of(1, 2),
                DOS,
                null,
                null)),
        null);
  }

  /**
   * Physician office, Acme (commercial: SBR09 CI, not MB, which is Medicare Part B): rituximab 700
   * mg with no discard, J9312 (10 mg) 70 units with JZ; NDC 50242-0051-21 (5-3-2 normalized) 70 mL
   * (a solution: mL is its package unit); chemotherapy administration 96413 + 96415 x 2 (3 h).
   */
  public static ProfessionalClaim rituximabOfficeClaim(String pcn, Member m) {
    DrugIdentification ndc = new DrugIdentification("50242005121", new BigDecimal("70"), "ML");
    return new ProfessionalClaim(
        pcn,
        BILLING,
        m,
        PAYER,
        "CI",
        "P",
        "11",
        "1",
        null,
        null,
        List.of("C83.30"),
        null,
        null,
        List.of(
            new ProfessionalServiceLine(
                pcn + "-1",
                "J9312",
                List.of("JZ"),
                new BigDecimal("6840.50"),
                new BigDecimal("70"),
                "UN",
                List.of(1),
                DOS,
                ndc,
                null),
            new ProfessionalServiceLine(
                pcn + "-2",
                "96413",
                List.of(),
                new BigDecimal("410"),
                BigDecimal.ONE,
                "UN",
                List.of(1),
                DOS,
                null,
                null),
            new ProfessionalServiceLine(
                pcn + "-3",
                "96415",
                List.of(),
                new BigDecimal("180"),
                new BigDecimal("2"),
                "UN",
                List.of(1),
                DOS,
                null,
                null)),
        null);
  }

  /**
   * Hospital outpatient (bill type 131): vedolizumab 300 mg J3380 (1 mg) 300 units JZ on revenue
   * code 0636 with NDC 64764-0300-20 1 vial; 96365 on revenue code 0260.
   */
  public static InstitutionalClaim vedolizumabOutpatientClaim(String pcn, Member m) {
    DrugIdentification ndc = new DrugIdentification("64764030020", BigDecimal.ONE, "UN");
    return new InstitutionalClaim(
        pcn,
        BILLING,
        m,
        PAYER,
        "CI",
        "P",
        "13",
        "1",
        null,
        DOS,
        DOS,
        null,
        null,
        "01",
        "AUTH777",
        List.of("K51.90", "Z79.899"),
        ATTENDING,
        List.of(
            new InstitutionalServiceLine(
                pcn + "-1",
                "0636",
                "J3380",
                List.of("JZ"),
                new BigDecimal("8250.00"),
                new BigDecimal("300"),
                DOS,
                ndc),
            new InstitutionalServiceLine(
                pcn + "-2",
                "0260",
                "96365",
                List.of(),
                new BigDecimal("395.00"),
                BigDecimal.ONE,
                DOS,
                null)));
  }

  /**
   * {@link #vedolizumabOutpatientClaim}'s encounter sent to the secondary payer (SBR01 S, {@code
   * secondaryMember}) after Medicare paid it as primary: 2320 with Medicare's payment (AMT*D),
   * 2330A (the Medicare member), 2330B (Medicare, REF*F8) and per line 2430 (SVD, CO-45, PR-2,
   * CO-253, DTP*573). Each line's charge = paid + its CAS (TR3 balancing).
   */
  public static InstitutionalClaim secondaryVedolizumabClaim(
      String pcn, Member secondaryMember, Member medicareMember) {
    InstitutionalClaim primary = vedolizumabOutpatientClaim(pcn, secondaryMember);
    LocalDate paidOn = DOS.plusDays(20);
    String[][] adjudication = {
      // paid, CO-45, PR-2, CO-253 (charges 8250, 395)
      {"5880.00", "900.00", "1350.00", "120.00"},
      {"101.92", "265.00", "26.00", "2.08"},
    };
    List<InstitutionalServiceLine> lines = new java.util.ArrayList<>();
    for (int i = 0; i < primary.lines().size(); i++) {
      InstitutionalServiceLine l = primary.lines().get(i);
      String[] a = adjudication[i];
      lines.add(
          new InstitutionalServiceLine(
              l.lineItemControlNumber(),
              l.revenueCode(),
              l.procedureCode(),
              l.modifiers(),
              l.charge(),
              l.units(),
              l.serviceDate(),
              l.drug(),
              List.of(
                  new com.infusionbilling.edi.model.LineAdjudication(
                      MEDICARE.id(),
                      new BigDecimal(a[0]),
                      l.procedureCode(),
                      l.modifiers(),
                      l.units(),
                      List.of(
                          new com.infusionbilling.edi.model.Adjustment(
                              "CO", "45", new BigDecimal(a[1]), null),
                          new com.infusionbilling.edi.model.Adjustment(
                              "CO", "253", new BigDecimal(a[3]), null),
                          new com.infusionbilling.edi.model.Adjustment(
                              "PR", "2", new BigDecimal(a[2]), null)),
                      paidOn))));
    }
    return new InstitutionalClaim(
        pcn,
        BILLING,
        secondaryMember,
        PAYER,
        "CI",
        "S",
        primary.facilityTypeCode(),
        "1",
        null,
        DOS,
        DOS,
        null,
        null,
        "01",
        null,
        primary.diagnosisCodes(),
        ATTENDING,
        lines,
        List.of(
            new com.infusionbilling.edi.model.OtherPayer(
                "P",
                "MB",
                new Member(
                    medicareMember.memberId(),
                    medicareMember.lastName(),
                    medicareMember.firstName(),
                    medicareMember.middleName(),
                    null,
                    null,
                    medicareMember.address(),
                    medicareMember.groupNumber()),
                MEDICARE,
                new BigDecimal("5981.92"),
                List.of(),
                null,
                "MCR2026011400043")));
  }

  public static EligibilityInquiry inquiry(String trace, Member m) {
    return new EligibilityInquiry(
        trace, PAYER, PROVIDER, m, DOS, List.of("30", "1"), List.of("J1745"));
  }

  public static EligibilityResponse activeResponse(String trace, Member m) {
    return new EligibilityResponse(
        trace,
        PAYER,
        PROVIDER,
        m,
        List.of(),
        List.of(
            new Benefit(
                "1",
                "IND",
                List.of("30"),
                "C1",
                "GOLD PPO",
                null,
                null,
                null,
                null,
                null,
                null,
                List.of()),
            new Benefit(
                "C",
                "IND",
                List.of("30"),
                null,
                null,
                "29",
                new BigDecimal("750"),
                null,
                null,
                "Y",
                null,
                List.of()),
            new Benefit(
                "A",
                "IND",
                List.of("30"),
                null,
                null,
                null,
                null,
                new BigDecimal("0.2"),
                null,
                "Y",
                null,
                List.of()),
            new Benefit(
                "1",
                "IND",
                List.of("1"),
                null,
                null,
                null,
                null,
                null,
                "Y",
                "Y",
                "J1745",
                List.of("PRIOR AUTHORIZATION REQUIRED FOR J1745"))));
  }

  public static AuthorizationRequest authorizationRequest(String trace, Member m) {
    return new AuthorizationRequest(
        trace,
        "I",
        "1",
        "11",
        PAYER,
        PROVIDER,
        m,
        List.of("K50.90"),
        SERVICING,
        List.of(
            new RequestedService(
                "J1745", List.of(), new BigDecimal("400"), DOS, DOS.plusWeeks(14))));
  }

  public static AuthorizationResponse partialApproval(String trace, Member m) {
    return new AuthorizationResponse(
        trace,
        PAYER,
        PROVIDER,
        m,
        AuthorizationDecision.CERTIFIED_PARTIAL,
        "CERT0001",
        null,
        List.of(
            new ServiceDecision(
                "J1745",
                // 005010X217: a partial approval is A2 for the patient event, A6 for the service
                AuthorizationDecision.MODIFIED,
                "CERT0001",
                null,
                new BigDecimal("400"),
                new BigDecimal("300"),
                DOS,
                DOS.plusWeeks(14))));
  }

  public static FunctionalAck rejected999() {
    return new FunctionalAck(
        "HC",
        "17",
        "005010X222A1",
        "R",
        1,
        1,
        0,
        List.of(
            new FunctionalAck.TransactionSetAck(
                "837",
                "0042",
                "005010X222A1",
                "R",
                List.of("5"),
                List.of(
                    new FunctionalAck.SegmentNote(
                        "CLM",
                        22,
                        "2300",
                        "8",
                        List.of(new FunctionalAck.ElementNote(5, 3, "1325", "7")))))));
  }

  public static ClaimAck claimAck(String batchTrace, String acceptedPcn, String rejectedPcn) {
    return new ClaimAck(
        PAYER,
        batchTrace,
        DOS.plusDays(1),
        DOS.plusDays(1),
        PROVIDER,
        List.of(
            new ClaimStatus(
                acceptedPcn,
                "DOE",
                "JANE",
                "W123456789",
                "A2",
                "20",
                null,
                DOS.plusDays(1),
                new BigDecimal("4385"),
                "PCCN0001",
                null,
                DOS,
                DOS),
            new ClaimStatus(
                rejectedPcn,
                "DOE",
                "JANE",
                "W123456789",
                "A7",
                "562",
                "85",
                DOS.plusDays(1),
                new BigDecimal("250"),
                null,
                "BILLING PROVIDER NPI INVALID",
                DOS,
                DOS)));
  }

  public static Remittance remittance(String trace) {
    ClaimPayment paid =
        new ClaimPayment(
            "PCN0001",
            "1",
            new BigDecimal("4385"),
            new BigDecimal("2920.60"),
            new BigDecimal("730.15"),
            "12",
            "PCCN0001",
            "W123456789",
            "DOE",
            "JANE",
            List.of(),
            List.of(),
            List.of(
                new ServicePayment(
                    "J1745",
                    List.of(),
                    new BigDecimal("3700"),
                    new BigDecimal("2664"),
                    new BigDecimal("37"),
                    DOS,
                    "PCN0001-1",
                    new BigDecimal("3330"),
                    List.of(
                        new Adjustment("CO", "45", new BigDecimal("370"), null),
                        new Adjustment("PR", "2", new BigDecimal("666"), null)),
                    List.of()),
                new ServicePayment(
                    "J1745",
                    List.of("JW"),
                    new BigDecimal("300"),
                    new BigDecimal("0"),
                    new BigDecimal("3"),
                    DOS,
                    "PCN0001-2",
                    null,
                    List.of(new Adjustment("CO", "16", new BigDecimal("300"), null)),
                    List.of("M51"))));
    ClaimPayment denied =
        new ClaimPayment(
            "PCN0002",
            "4",
            new BigDecimal("250"),
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            "12",
            "PCCN0002",
            "W123456789",
            "DOE",
            "JANE",
            List.of(new Adjustment("CO", "197", new BigDecimal("250"), null)),
            List.of("N54"),
            List.of());
    return new Remittance(
        trace,
        "CHK",
        new BigDecimal("2920.60"),
        DOS.plusDays(20),
        PAYER_WITH_ADDRESS,
        new Party("ACME INFUSION CENTER", null, null, "1234567893", "123456789", null, null),
        List.of(paid, denied));
  }

  public static X12Writer writer() {
    return new X12Writer(X12Schemas.get(), new InMemoryControlNumberSource(), CLOCK);
  }
}
