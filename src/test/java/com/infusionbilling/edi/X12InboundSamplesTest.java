package com.infusionbilling.edi;

import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.edi.model.Adjustment;
import com.infusionbilling.edi.model.AuthorizationDecision;
import com.infusionbilling.edi.model.AuthorizationResponse;
import com.infusionbilling.edi.model.ClaimAck;
import com.infusionbilling.edi.model.ClaimPayment;
import com.infusionbilling.edi.model.EligibilityResponse;
import com.infusionbilling.edi.model.FunctionalAck;
import com.infusionbilling.edi.model.Remittance;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readers on hand-written files in the layouts clearinghouses send (other delimiters, CR LF line
 * ends, several groups and transaction sets, situational segments we do not write ourselves).
 */
class X12InboundSamplesTest {

  private final X12Reader reader = new X12Reader();

  private static InputStream file(String name) {
    return X12InboundSamplesTest.class.getResourceAsStream("/x12/inbound/" + name);
  }

  @Test
  void remittanceWithTwoGroupsAndThreePaymentsReadsFullyWithPipeDelimiters() {
    List<X12Reader.Received> all = reader.readAll(file("835-two-groups-three-payments.x12"));

    assertThat(all).hasSize(3);
    assertThat(all)
        .extracting(r -> r.envelope().groupControlNumber())
        .containsExactly("4711", "4711", "4712");
    assertThat(all)
        .extracting(r -> r.envelope().transactionSetControlNumber())
        .containsExactly("0001", "0002", "0003");
    Remittance first = (Remittance) all.get(0).message();
    assertThat(first.traceNumber()).isEqualTo("CHK900001");
    assertThat(first.totalPaid()).isEqualByComparingTo("2918.85");
    assertThat(first.claims())
        .extracting(ClaimPayment::patientControlNumber)
        .containsExactly("PCN1001", "PCN1002");
    ClaimPayment paid = first.claims().get(0);
    assertThat(paid.services()).hasSize(4);
    assertThat(paid.services().get(1).modifiers()).containsExactly("JW");
    assertThat(paid.services().get(1).adjustments())
        .containsExactly(new Adjustment("CO", "16", new BigDecimal("300"), null));
    assertThat(paid.services().get(1).remarkCodes()).containsExactly("M51");
    assertThat(paid.services().get(0).allowed()).isEqualByComparingTo("3330");
    assertThat(paid.services().get(0).lineItemControlNumber()).isEqualTo("PCN1001-1");
    ClaimPayment denied = first.claims().get(1);
    assertThat(denied.denied()).isTrue();
    assertThat(denied.adjustments()).extracting(Adjustment::reasonCode).containsExactly("197");
    assertThat(denied.remarkCodes()).containsExactly("N54");
    Remittance timelyFiling = (Remittance) all.get(1).message();
    assertThat(timelyFiling.paymentMethod()).isEqualTo("NON");
    assertThat(timelyFiling.claims().get(0).adjustments().get(0).reasonCode()).isEqualTo("29");
    assertThat(timelyFiling.claims().get(0).remarkCodes()).containsExactly("N211");
  }

  @Test
  void eligibilityResponseSaysActivePaRequiredAndPharmacyBenefitForDenosumab() {
    EligibilityResponse r =
        reader.readAll(file("271-active-pa-required.x12"), EligibilityResponse.class).get(0);

    assertThat(r.traceNumber()).isEqualTo("TRACE0001");
    assertThat(r.coverageActive()).isTrue();
    assertThat(r.priorAuthorizationRequired("J1745")).isTrue();
    assertThat(r.pharmacyBenefit("J0897")).isTrue();
    assertThat(r.pharmacyBenefit("J1745")).isFalse();
    assertThat(r.benefits().get(0).serviceTypeCodes()).contains("30", "1", "88");
    assertThat(r.benefits())
        .filteredOn(b -> "C".equals(b.informationCode()))
        .extracting(b -> b.amount().intValue())
        .containsExactly(1500, 750);
  }

  @Test
  void eligibilityRejectionCarriesTheAaaReason() {
    EligibilityResponse r =
        reader.readAll(file("271-subscriber-not-found.x12"), EligibilityResponse.class).get(0);

    assertThat(r.coverageActive()).isFalse();
    assertThat(r.rejections())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.reasonCode()).isEqualTo("75");
              assertThat(a.followUpAction()).isEqualTo("C");
              assertThat(a.loop()).isEqualTo("2100C");
            });
  }

  @Test
  void pendedAuthorizationResponse() {
    AuthorizationResponse r =
        reader.readAll(file("278-response-pended.x12"), AuthorizationResponse.class).get(0);

    assertThat(r.traceNumber()).isEqualTo("AUTHTRACE1");
    assertThat(r.decision()).isEqualTo(AuthorizationDecision.PENDED);
    assertThat(r.certificationNumber()).isNull();
    assertThat(r.services())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.procedureCode()).isEqualTo("J1745");
              assertThat(s.requestedUnits()).isEqualByComparingTo("400");
              assertThat(s.approvedUnits()).isNull();
            });
  }

  @Test
  void implementationAckWithOneRejectedTransactionSet() {
    FunctionalAck a =
        reader.readAll(file("999-partially-accepted.x12"), FunctionalAck.class).get(0);

    assertThat(a.groupControlNumber()).isEqualTo("17");
    assertThat(a.status()).isEqualTo("P");
    assertThat(a.transactionSets())
        .extracting(FunctionalAck.TransactionSetAck::status)
        .containsExactly("A", "R");
    var rejected = a.transactionSets().get(1);
    assertThat(rejected.controlNumber()).isEqualTo("0002");
    assertThat(rejected.segmentErrors())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.segmentId()).isEqualTo("NM1");
              assertThat(s.position()).isEqualTo(16);
              assertThat(s.elements())
                  .singleElement()
                  .satisfies(e -> assertThat(e.position()).isEqualTo(9));
            });
  }

  @Test
  void claimAckWithAcceptedAndRejectedClaims() {
    ClaimAck a = reader.readAll(file("277CA-one-accepted-one-rejected.x12"), ClaimAck.class).get(0);

    assertThat(a.receiverTraceNumber()).isEqualTo("17-0001");
    assertThat(a.claims()).hasSize(2);
    assertThat(a.claims().get(0).accepted()).isTrue();
    assertThat(a.claims().get(0).payerClaimControlNumber()).isEqualTo("PCCN0001");
    assertThat(a.claims().get(1).accepted()).isFalse();
    assertThat(a.claims().get(1).statusCategory()).isEqualTo("A7");
    assertThat(a.claims().get(1).entityCode()).isEqualTo("82");
    assertThat(a.claims().get(1).message()).isEqualTo("RENDERING PROVIDER NPI NOT ON FILE");
  }

  @Test
  void billingProviderStatusWithAnEffectiveDateIsRejected() throws IOException {
    // 277CA 2200C STC02 is "not used" in 005010X214 (unlike 2200B and 2200D); pyx12 flagged it
    String good;
    try (InputStream in = file("277CA-one-accepted-one-rejected.x12")) {
      good = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
    String withDate =
        good.replace("TRN*1*0~\nSTC*A1:19:PR**WQ*", "TRN*1*0~\nSTC*A1:19:PR*20260116*WQ*");
    assertThat(withDate).isNotEqualTo(good);

    assertThat(new X12Validator().validate(stream(good)).valid()).isTrue();
    X12ValidationReport report = new X12Validator().validate(stream(withDate));
    assertThat(report.valid()).isFalse();
    assertThat(report.errors())
        .anySatisfy(
            e -> {
              assertThat(e.segmentId()).isEqualTo("STC");
              assertThat(e.describe()).contains("2200C").contains("STC02");
            });
  }

  @Test
  void remittanceWithAnEightThirtySevenOnlyClaimFilingIndicatorIsRejected() throws IOException {
    // 835 CLP06 has its own code list: CI (commercial) is an 837 SBR09 value only; pyx12 flagged it
    String good;
    try (InputStream in = file("835-two-groups-three-payments.x12")) {
      good = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
    String withCi =
        good.replace(
            "CLP|PCN1001|1|4385|2918.85|730.15|12|", "CLP|PCN1001|1|4385|2918.85|730.15|CI|");
    assertThat(withCi).isNotEqualTo(good);

    assertThat(new X12Validator().validate(stream(good)).valid()).isTrue();
    X12ValidationReport report = new X12Validator().validate(stream(withCi));
    assertThat(report.valid()).isFalse();
    assertThat(report.errors())
        .anySatisfy(
            e -> {
              assertThat(e.segmentId()).isEqualTo("CLP");
              assertThat(e.describe()).contains("CLP06").contains("'CI'");
            });
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
  }
}
