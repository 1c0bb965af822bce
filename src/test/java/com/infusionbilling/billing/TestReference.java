package com.infusionbilling.billing;

import com.infusionbilling.billing.coding.AmountUnit;
import com.infusionbilling.billing.coding.DrugCategory;
import com.infusionbilling.billing.coding.EditSetting;
import com.infusionbilling.billing.coding.MidnightRule;
import com.infusionbilling.billing.coding.NdcUnit;
import com.infusionbilling.billing.reference.AspPrice;
import com.infusionbilling.billing.reference.AuthorizationBasis;
import com.infusionbilling.billing.reference.ChargemasterEntry;
import com.infusionbilling.billing.reference.Drug;
import com.infusionbilling.billing.reference.LesserOfCharge;
import com.infusionbilling.billing.reference.MueLimit;
import com.infusionbilling.billing.reference.NdcPackage;
import com.infusionbilling.billing.reference.NdcQuantityConvention;
import com.infusionbilling.billing.reference.OppsStatus;
import com.infusionbilling.billing.reference.Payer;
import com.infusionbilling.billing.reference.PayerPolicy;
import com.infusionbilling.billing.reference.PayerRate;
import com.infusionbilling.billing.reference.PayerType;
import com.infusionbilling.billing.reference.PtpEdit;
import com.infusionbilling.billing.reference.ReferenceSnapshot;
import com.infusionbilling.billing.reference.ReimbursementMethod;
import com.infusionbilling.billing.reference.WastePolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

/** Small, hand-made reference data for the pure rule tests (figures made up for the tests). */
public final class TestReference {
  private TestReference() {}

  public static final LocalDate DOS = LocalDate.of(2025, 3, 4);

  public static Drug drug(
      String hcpcs, String amount, AmountUnit unit, boolean hormonal, DrugCategory category) {
    return new Drug(
        hcpcs,
        "test drug " + hcpcs,
        new BigDecimal(amount),
        unit,
        hormonal,
        "test",
        true,
        category,
        "test category source for " + hcpcs,
        null);
  }

  /** The drug with its home infusion per-diem code and immune-globulin flag. */
  public static Drug home(Drug d, String perDiem, boolean immuneGlobulin) {
    return new Drug(
        d.hcpcs(),
        d.description(),
        d.descriptorAmount(),
        d.descriptorUnit(),
        d.hormonalAntineoplastic(),
        d.sourceNote(),
        d.illustrative(),
        d.administrationCategory(),
        d.categorySource(),
        d.referenceHcpcs(),
        perDiem,
        immuneGlobulin);
  }

  public static NdcPackage ndc(
      String ndc11,
      String hcpcs,
      String amount,
      AmountUnit unit,
      String volumeMl,
      NdcUnit ndcUnit,
      boolean singleDose,
      String wac) {
    return new NdcPackage(
        ndc11,
        hcpcs,
        "test package " + ndc11,
        new BigDecimal(amount),
        unit,
        volumeMl == null ? null : new BigDecimal(volumeMl),
        1,
        ndcUnit,
        singleDose,
        wac == null ? null : new BigDecimal(wac),
        "test",
        true);
  }

  public static Payer payer(
      String id,
      PayerType type,
      ReimbursementMethod method,
      String percent,
      String coinsurance,
      String sequestration,
      boolean jwJz,
      AuthorizationBasis basis,
      int timelyFilingDays,
      MidnightRule midnight,
      Set<String> therapeutic) {
    return payer(
        id,
        type,
        method,
        percent,
        coinsurance,
        sequestration,
        jwJz,
        basis,
        timelyFilingDays,
        midnight,
        therapeutic,
        LesserOfCharge.NEVER);
  }

  public static Payer payer(
      String id,
      PayerType type,
      ReimbursementMethod method,
      String percent,
      String coinsurance,
      String sequestration,
      boolean jwJz,
      AuthorizationBasis basis,
      int timelyFilingDays,
      MidnightRule midnight,
      Set<String> therapeutic,
      LesserOfCharge lesserOf) {
    return new Payer(
        id,
        id,
        type,
        timelyFilingDays,
        method,
        new BigDecimal(percent),
        new BigDecimal(coinsurance),
        new BigDecimal(sequestration),
        jwJz,
        basis,
        21,
        14,
        midnight,
        therapeutic,
        "test",
        lesserOf,
        null);
  }

  public static final Payer MEDICARE =
      payer(
              "MEDICARE_PART_B",
              PayerType.MEDICARE_PART_B,
              ReimbursementMethod.ASP_PAYMENT_LIMIT,
              "6",
              "20",
              "2",
              true,
              AuthorizationBasis.UNITS,
              365,
              MidnightRule.CONTINUE_ON_START_DATE,
              Set.of(),
              LesserOfCharge.PROFESSIONAL_CLAIMS)
          .withPolicy(PayerPolicy.defaults(true, 365).withTimelyFilingPeriod(Period.ofYears(1)));
  public static final Payer ACME =
      payer(
              "COMMERCIAL_ACME",
              PayerType.COMMERCIAL,
              ReimbursementMethod.PERCENT_OF_ASP_LIMIT,
              "110",
              "20",
              "0",
              false,
              AuthorizationBasis.VISITS,
              90,
              MidnightRule.CONTINUE_ON_START_DATE,
              Set.of("J1745", "J2350"),
              LesserOfCharge.ALL_CLAIMS)
          .withPolicy(
              PayerPolicy.defaults(false, 90)
                  .withWastePolicy(WastePolicy.JW_LINE)
                  .withHomeInfusionPerDiem(true));
  public static final Payer SUMMIT =
      payer(
              "COMMERCIAL_SUMMIT",
              PayerType.COMMERCIAL,
              ReimbursementMethod.PERCENT_OF_WAC,
              "95",
              "10",
              "0",
              true,
              AuthorizationBasis.UNITS,
              180,
              MidnightRule.SPLIT_AT_MIDNIGHT,
              Set.of())
          .withPolicy(
              PayerPolicy.defaults(true, 180)
                  .withHomeInfusionPerDiem(true)
                  .withNdcQuantityConvention(NdcQuantityConvention.METRIC));
  public static final Payer MEDICAID =
      payer(
              "MEDICAID_EXAMPLE",
              PayerType.MEDICAID,
              ReimbursementMethod.FEE_SCHEDULE,
              "0",
              "0",
              "0",
              true,
              AuthorizationBasis.UNITS,
              365,
              MidnightRule.CONTINUE_ON_START_DATE,
              Set.of())
          .withPolicy(PayerPolicy.defaults(true, 365).withWastePolicy(WastePolicy.COMBINED));

  /** Builder preloaded with drugs, NDCs, payers, one ASP quarter and administration rates. */
  public static ReferenceSnapshot.Builder builder() {
    return builderWithOpps();
  }

  /** The test reference data without any OPPS Addendum B. */
  public static ReferenceSnapshot.Builder builderWithoutOpps() {
    ReferenceSnapshot.Builder b = ReferenceSnapshot.builder();
    b.drug(drug("J1745", "10", AmountUnit.MG, false, DrugCategory.CHEMOTHERAPY))
        .drug(drug("J9312", "10", AmountUnit.MG, false, DrugCategory.CHEMOTHERAPY))
        .drug(drug("J2350", "1", AmountUnit.MG, false, DrugCategory.CHEMOTHERAPY))
        .drug(drug("J9355", "10", AmountUnit.MG, false, DrugCategory.CHEMOTHERAPY))
        .drug(drug("J9217", "7.5", AmountUnit.MG, true, DrugCategory.CHEMOTHERAPY))
        .drug(drug("J9045", "50", AmountUnit.MG, false, DrugCategory.CHEMOTHERAPY))
        .drug(drug("J9190", "500", AmountUnit.MG, false, DrugCategory.CHEMOTHERAPY))
        .drug(drug("J9271", "1", AmountUnit.MG, false, DrugCategory.CHEMOTHERAPY))
        .drug(
            home(
                drug("J1569", "500", AmountUnit.MG, false, DrugCategory.THERAPEUTIC),
                "S9338",
                true))
        .drug(drug("J2469", "25", AmountUnit.MCG, false, DrugCategory.THERAPEUTIC))
        .drug(drug("J0885", "1000", AmountUnit.UNITS, false, DrugCategory.THERAPEUTIC))
        .drug(drug("J2405", "1", AmountUnit.MG, false, DrugCategory.THERAPEUTIC))
        .drug(drug("J1100", "1", AmountUnit.MG, false, DrugCategory.THERAPEUTIC))
        .drug(drug("J7050", "250", AmountUnit.ML, false, DrugCategory.HYDRATION))
        .drug(
            new Drug(
                "Q5103",
                "test biosimilar of J1745",
                new BigDecimal("10"),
                AmountUnit.MG,
                false,
                "test",
                true,
                DrugCategory.CHEMOTHERAPY,
                "test category source for Q5103",
                "J1745"));
    b.ndc(ndc("57894003001", "J1745", "100", AmountUnit.MG, "10", NdcUnit.UN, true, "1300.00"))
        .ndc(ndc("50242005121", "J9312", "100", AmountUnit.MG, "10", NdcUnit.ML, true, "1000.00"))
        .ndc(ndc("50242015001", "J2350", "300", AmountUnit.MG, "10", NdcUnit.ML, true, "19000.00"))
        .ndc(ndc("50242033301", "J9355", "420", AmountUnit.MG, "20", NdcUnit.UN, false, "5300.00"))
        .ndc(ndc("00944270005", "J1569", "10", AmountUnit.G, "100", NdcUnit.ML, true, null))
        .ndc(ndc("00641607825", "J2405", "4", AmountUnit.MG, "2", NdcUnit.ML, true, "1.00"))
        .ndc(ndc("00069080901", "Q5103", "100", AmountUnit.MG, "10", NdcUnit.UN, true, "950.00"));
    b.payer(MEDICARE).payer(ACME).payer(SUMMIT).payer(MEDICAID);
    LocalDate q1 = LocalDate.of(2025, 1, 1);
    LocalDate q1End = LocalDate.of(2025, 3, 31);
    b.asp(
            new AspPrice(
                "2025Q1",
                q1,
                q1End,
                "J1745",
                "10 MG",
                new BigDecimal("25.000"),
                new BigDecimal("20.000"),
                null))
        .asp(
            new AspPrice(
                "2025Q1", q1, q1End, "J9312", "10 MG", new BigDecimal("80.123"), null, null))
        .asp(
            new AspPrice(
                "2025Q1", q1, q1End, "Q5103", "10 MG", new BigDecimal("16.000"), null, null))
        .asp(
            new AspPrice("2025Q1", q1, q1End, "J2405", "1 MG", new BigDecimal("0.100"), null, null))
        .asp(
            new AspPrice(
                "2025Q1", q1, q1End, "J1569", "500 MG", new BigDecimal("45.000"), null, null))
        .asp(
            new AspPrice(
                "2025Q1",
                q1,
                q1End,
                "J2350",
                "1 MG",
                new BigDecimal("60.000"),
                new BigDecimal("18.000"),
                "reduced coinsurance"));
    b.payerRate(
        new PayerRate(
            "MEDICARE_PART_B",
            "Q2052",
            new BigDecimal("420.48"),
            LocalDate.of(2024, 1, 1),
            null,
            "test"));
    for (String[] rate :
        new String[][] {
          {"S9338", "180.00"}, {"S9359", "150.00"}, {"99601", "160.00"}, {"99602", "70.00"}
        }) {
      b.payerRate(
          new PayerRate(
              "COMMERCIAL_ACME",
              rate[0],
              new BigDecimal(rate[1]),
              LocalDate.of(2000, 1, 1),
              null,
              "test"));
    }
    for (String code :
        new String[] {
          "96360", "96361", "96365", "96366", "96367", "96368", "96372", "96374", "96375", "96413",
          "96415", "96376", "96409", "96411", "96417"
        }) {
      b.payerRate(
          new PayerRate(
              "MEDICARE_PART_B",
              code,
              new BigDecimal("50.00"),
              LocalDate.of(2000, 1, 1),
              null,
              "test"));
    }
    b.payerRate(
        new PayerRate(
            "MEDICAID_EXAMPLE",
            "J1745",
            new BigDecimal("30.00"),
            LocalDate.of(2025, 1, 1),
            null,
            "test"));
    b.payerRate(
        new PayerRate(
            "MEDICAID_EXAMPLE",
            "J1745",
            new BigDecimal("20.00"),
            LocalDate.of(2024, 1, 1),
            LocalDate.of(2024, 12, 31),
            "test"));
    for (String[] row : CHARGES) {
      b.charge(
          new ChargemasterEntry(
              row[0], "", new BigDecimal(row[1]), LocalDate.of(2000, 1, 1), "test charge"));
    }
    return b;
  }

  /** Test OPPS Addendum B 2025Q1: code and status indicator. */
  public static final String[][] OPPS_2025Q1 = {
    {"J1745", "K"}, {"J9312", "K"}, {"Q5103", "K"}, {"J9355", "K"}, {"J9271", "K"},
    {"J1569", "K"}, {"J2350", "K"}, {"J2405", "N"}, {"J1100", "N"}, {"J7050", "N"},
    {"J9190", "N"}, {"96360", "S"}, {"96365", "S"}, {"96372", "S"}, {"96374", "S"},
    {"96401", "S"}, {"96402", "S"}, {"96409", "S"}, {"96411", "S"}, {"96413", "S"},
    {"96361", "N"}, {"96366", "N"}, {"96367", "N"}, {"96368", "N"}, {"96375", "N"},
    {"96376", "N"}, {"96415", "N"}, {"96417", "N"}
  };

  /**
   * Test chargemaster: code and charge per unit (J1745, 96365, 96366 as on the golden 837P: 37
   * units = $3,700).
   */
  public static final String[][] CHARGES = {
    {"J1745", "100.00"},
    {"J9312", "97.72"},
    {"J2350", "150.00"},
    {"J9355", "95.00"},
    {"J9217", "600.00"},
    {"J9045", "12.00"},
    {"J1569", "140.00"},
    {"J2469", "8.00"},
    {"J0885", "20.00"},
    {"J7050", "15.00"},
    {"J2405", "4.00"},
    {"J1100", "3.00"},
    {"99601", "350.00"},
    {"99602", "140.00"},
    {"S9338", "420.00"},
    {"S9359", "380.00"},
    {"Q2052", "650.00"},
    {"J9190", "9.00"},
    {"J9271", "160.00"},
    {"Q5103", "50.00"},
    {"96360", "245.00"},
    {"96361", "98.00"},
    {"96365", "250.00"},
    {"96366", "135.00"},
    {"96367", "140.00"},
    {"96368", "90.00"},
    {"96372", "85.00"},
    {"96374", "190.00"},
    {"96375", "80.00"},
    {"96376", "70.00"},
    {"96401", "210.00"},
    {"96402", "120.00"},
    {"96409", "330.00"},
    {"96411", "175.00"},
    {"96413", "410.00"},
    {"96415", "90.00"},
    {"96417", "250.00"}
  };

  /** The test reference data with the test OPPS Addendum B 2025Q1. */
  public static ReferenceSnapshot.Builder builderWithOpps() {
    ReferenceSnapshot.Builder b = builderWithoutOpps();
    for (String[] row : OPPS_2025Q1) {
      b.opps(
          new OppsStatus(
              "2025Q1",
              LocalDate.of(2025, 1, 1),
              LocalDate.of(2025, 3, 31),
              row[0],
              row[1],
              null,
              null));
    }
    return b;
  }

  public static ReferenceSnapshot snapshot() {
    return builder().build();
  }

  public static MueLimit mue(EditSetting setting, String code, int value, int mai) {
    return new MueLimit(setting, LocalDate.of(2025, 1, 1), code, value, mai, "test rationale");
  }

  public static PtpEdit ptp(
      String column1, String column2, char indicator, LocalDate effective, LocalDate deletion) {
    return new PtpEdit(
        EditSetting.PRACTITIONER,
        column1,
        column2,
        effective,
        deletion,
        indicator,
        "test rationale");
  }
}
