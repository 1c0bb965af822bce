package com.infusionbilling.edi;

import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.edi.model.AuthorizationRequest;
import com.infusionbilling.edi.model.AuthorizationResponse;
import com.infusionbilling.edi.model.ClaimAck;
import com.infusionbilling.edi.model.EligibilityInquiry;
import com.infusionbilling.edi.model.EligibilityResponse;
import com.infusionbilling.edi.model.FunctionalAck;
import com.infusionbilling.edi.model.InstitutionalClaim;
import com.infusionbilling.edi.model.ProfessionalClaim;
import com.infusionbilling.edi.model.Remittance;
import com.infusionbilling.edi.model.X12Message;
import com.infusionbilling.testing.X12Samples;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Write, validate, read back: every transaction comes back equal to what was written. */
class X12RoundTripTest {

  private final X12Writer writer = X12Samples.writer();
  private final X12Reader reader = new X12Reader();

  private <T extends X12Message> List<T> roundTrip(
      X12Parties parties, List<T> messages, Class<T> type) {
    X12Output out = writer.write(parties, messages);
    assertThat(new X12Validator().validate(new ByteArrayInputStream(out.content())).valid())
        .isTrue();
    return reader.readAll(new ByteArrayInputStream(out.content()), type);
  }

  /** Equal field by field; amounts compare by value (3700.00 is written as 3700). */
  private static <T> void assertSame(List<T> actual, List<T> expected) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(actual.get(i))
          .usingRecursiveComparison()
          .withComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class)
          .isEqualTo(expected.get(i));
    }
  }

  @Test
  void professionalClaims837P() {
    var claims =
        List.of(
            X12Samples.infliximabOfficeClaim("PCN0001", X12Samples.JANE),
            X12Samples.rituximabOfficeClaim("PCN0002", X12Samples.member("W999")));
    assertSame(
        roundTrip(X12Samples.PROVIDER_TO_CLEARINGHOUSE, claims, ProfessionalClaim.class), claims);
  }

  @Test
  void secondaryClaim837PWithThePrimarysAdjudication() {
    var claims =
        List.of(
            X12Samples.secondaryInfliximabClaim(
                "PCN0003", X12Samples.member("SUPP123"), X12Samples.JANE));
    List<ProfessionalClaim> read =
        roundTrip(X12Samples.PROVIDER_TO_CLEARINGHOUSE, claims, ProfessionalClaim.class);
    assertSame(read, claims);
    assertThat(read.get(0).otherPayers()).hasSize(1);
    assertThat(read.get(0).lines().get(0).adjudications().get(0).adjustments()).hasSize(3);
  }

  @Test
  void institutionalClaim837I() {
    var claims = List.of(X12Samples.vedolizumabOutpatientClaim("PCN0003", X12Samples.JANE));
    assertSame(
        roundTrip(X12Samples.PROVIDER_TO_CLEARINGHOUSE, claims, InstitutionalClaim.class), claims);
  }

  @Test
  void secondaryClaim837IWithThePrimarysAdjudication() {
    var claims =
        List.of(
            X12Samples.secondaryVedolizumabClaim(
                "PCN0004", X12Samples.member("SUPP124"), X12Samples.JANE));
    List<InstitutionalClaim> read =
        roundTrip(X12Samples.PROVIDER_TO_CLEARINGHOUSE, claims, InstitutionalClaim.class);
    assertSame(read, claims);
    assertThat(read.get(0).payerResponsibility()).isEqualTo("S");
    assertThat(read.get(0).otherPayers()).hasSize(1);
    assertThat(read.get(0).lines().get(1).adjudications().get(0).adjustments()).hasSize(3);
  }

  @Test
  void eligibilityInquiry270() {
    var q =
        List.of(
            X12Samples.inquiry("TRACE0001", X12Samples.INQUIRY_MEMBER),
            X12Samples.inquiry("TRACE0002", X12Samples.INQUIRY_MEMBER));
    assertSame(roundTrip(X12Samples.PROVIDER_TO_CLEARINGHOUSE, q, EligibilityInquiry.class), q);
  }

  @Test
  void eligibilityResponse271() {
    var r = List.of(X12Samples.activeResponse("TRACE0001", X12Samples.INQUIRY_MEMBER));
    assertSame(roundTrip(X12Samples.CLEARINGHOUSE_TO_PROVIDER, r, EligibilityResponse.class), r);
  }

  /**
   * The writer assigns BHT03 (the submitter's reference) and TRN03 (our originator id); they come
   * back filled in and are checked on their own, the rest equals what was written.
   */
  @Test
  void authorizationRequest278() {
    var r = List.of(X12Samples.authorizationRequest("AUTHTRACE1", X12Samples.INQUIRY_MEMBER));
    var read = roundTrip(X12Samples.PROVIDER_TO_CLEARINGHOUSE, r, AuthorizationRequest.class);
    assertThat(read).hasSize(1);
    assertThat(read.get(0).submitterReference()).isNotBlank();
    assertThat(read.get(0).traceOriginator())
        .isEqualTo(X12Samples.PROVIDER_TO_CLEARINGHOUSE.originatorId());
    assertThat(read.get(0))
        .usingRecursiveComparison()
        .ignoringFields("submitterReference", "traceOriginator")
        .withComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class)
        .isEqualTo(r.get(0));
  }

  @Test
  void authorizationResponse278() {
    var partial = X12Samples.partialApproval("AUTHTRACE1", X12Samples.INQUIRY_MEMBER);
    // the response returns its request's BHT03, TRN03 and UM (005010X217)
    var echo =
        new AuthorizationResponse.RequestEcho("REQ-0042", "1123456789", "I", "1", null, null);
    var r =
        List.of(
            new AuthorizationResponse(
                partial.traceNumber(),
                partial.payer(),
                partial.requester(),
                partial.subscriber(),
                partial.decision(),
                partial.certificationNumber(),
                partial.reasonCode(),
                partial.services(),
                echo,
                null));
    assertSame(roundTrip(X12Samples.CLEARINGHOUSE_TO_PROVIDER, r, AuthorizationResponse.class), r);
  }

  @Test
  void implementationAck999() {
    var r = List.of(X12Samples.rejected999());
    assertSame(roundTrip(X12Samples.CLEARINGHOUSE_TO_PROVIDER, r, FunctionalAck.class), r);
  }

  @Test
  void claimAck277CA() {
    var r = List.of(X12Samples.claimAck("17-0001", "PCN0001", "PCN0002"));
    assertSame(roundTrip(X12Samples.CLEARINGHOUSE_TO_PROVIDER, r, ClaimAck.class), r);
  }

  @Test
  void remittance835() {
    var r = List.of(X12Samples.remittance("CHK100200"));
    assertSame(roundTrip(X12Samples.CLEARINGHOUSE_TO_PROVIDER, r, Remittance.class), r);
  }

  @Test
  void remittance835WithProviderLevelAdjustments() {
    Remittance base = X12Samples.remittance("EFT300400");
    var plb =
        List.of(
            new com.infusionbilling.edi.model.ProviderAdjustment(
                "1234567893",
                java.time.LocalDate.of(2025, 12, 31),
                "WO",
                "PCCN0009",
                new java.math.BigDecimal("120.5")),
            new com.infusionbilling.edi.model.ProviderAdjustment(
                "1234567893",
                java.time.LocalDate.of(2025, 12, 31),
                "L6",
                null,
                new java.math.BigDecimal("-3.1")));
    var r =
        List.of(
            new Remittance(
                base.traceNumber(),
                base.paymentMethod(),
                base.totalPaid().subtract(new java.math.BigDecimal("117.40")),
                base.paymentDate(),
                base.payer(),
                base.payee(),
                base.claims(),
                plb));
    Remittance back = roundTrip(X12Samples.CLEARINGHOUSE_TO_PROVIDER, r, Remittance.class).get(0);
    assertThat(back.providerAdjustments()).containsExactlyElementsOf(plb);
  }

  /** Details pyx12 checks and our own schemas did not: they differ per TR3 and per loop. */
  @Test
  void headersAndStatusSegmentsFollowTheirImplementationGuides() {
    String remittance =
        text(X12Samples.CLEARINGHOUSE_TO_PROVIDER, List.of(X12Samples.remittance("CHK100200")));
    // 835 ST03 is "not used" in 005010X221A1; every other transaction here sends it
    assertThat(remittance).containsPattern("~\\s*ST\\*835\\*\\d{4}~");
    assertThat(
            text(
                X12Samples.PROVIDER_TO_CLEARINGHOUSE,
                List.of(X12Samples.inquiry("TRACE0001", X12Samples.INQUIRY_MEMBER))))
        .containsPattern("~\\s*ST\\*270\\*\\d{4}\\*005010X279A1~");

    String ack =
        text(
            X12Samples.CLEARINGHOUSE_TO_PROVIDER,
            List.of(X12Samples.claimAck("17-0001", "PCN0001", "PCN0002")));
    // 2200C STC: no effective date (STC02 not used there), action code and amount required
    assertThat(ack).containsPattern("TRN\\*1\\*0~\\s*STC\\*A1:19:PR\\*\\*WQ\\*[0-9.]+~");
    // 2200B keeps its required effective date
    assertThat(ack).containsPattern("TRN\\*2\\*17-0001~\\s*STC\\*A1:19:PR\\*\\d{8}\\*WQ\\*");
  }

  private String text(X12Parties parties, List<? extends X12Message> messages) {
    return new String(writer.write(parties, messages).content(), StandardCharsets.US_ASCII);
  }
}
