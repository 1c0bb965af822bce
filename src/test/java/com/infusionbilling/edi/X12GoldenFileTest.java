package com.infusionbilling.edi;

import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.edi.model.InstitutionalClaim;
import com.infusionbilling.edi.model.ProfessionalClaim;
import com.infusionbilling.testing.X12Samples;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 837P, 837I, 270 and 278 we write for realistic infusion encounters, byte for byte. The golden
 * files under {@code src/test/resources/x12/golden/} were checked by hand against the TR3s
 * (005010X222A1, 005010X223A2); a change to the writers shows up here as a diff. To regenerate
 * after an intended change: {@code ./mvnw test -Dtest=X12GoldenFileTest -Dgolden.update=true}.
 */
class X12GoldenFileTest {

  @Test
  void professional837PForInfliximabWithJwAndRituximabWithJz() throws IOException {
    List<ProfessionalClaim> claims =
        List.of(
            X12Samples.infliximabOfficeClaim("PCN0001", X12Samples.JANE),
            X12Samples.rituximabOfficeClaim("PCN0002", X12Samples.member("W987654321")));
    X12Output out = X12Samples.writer().write(X12Samples.PROVIDER_TO_CLEARINGHOUSE, claims);
    String text = new String(out.content(), StandardCharsets.US_ASCII);

    assertGolden("837P-infusion.x12", text);
    // the facts a biller checks, independent of layout
    assertThat(text)
        .contains("SV1*HC:J1745*3700*UN*37***1~")
        .contains("SV1*HC:J1745:JW*300*UN*3***1~")
        .contains("SV1*HC:J9312:JZ*6840.5*UN*70***1~")
        .contains("SV1*HC:96365*250*UN*1***1:2~")
        .contains("SV1*HC:96366*135*UN*1***1:2~")
        .contains("SV1*HC:96415*180*UN*2***1~")
        // NDC quantity in the payer's convention (the package's unit): 3.65 + 0.35 vials
        .contains(
            "SV1*HC:J1745*3700*UN*37***1~\nDTP*472*D8*20260114~\nREF*6R*PCN0001-1~\nLIN**N4*57894003001~\nCTP****3.65*UN~")
        .contains(
            "SV1*HC:J1745:JW*300*UN*3***1~\nDTP*472*D8*20260114~\nREF*6R*PCN0001-2~\nLIN**N4*57894003001~\nCTP****0.35*UN~")
        // both claims are billed to Acme, a commercial plan: SBR09 CI
        .doesNotContain("******MB~")
        .contains("LIN**N4*50242005121~\nCTP****70*ML~")
        .contains("REF*G1*AUTH12345~")
        .contains("HI*ABK:K5090*ABF:Z79899~")
        .contains("GS*HC*IBWSUBMITTER*SANDBOXCH*20260115*1430*1*X*005010X222A1~");
  }

  @Test
  void institutional837IForVedolizumabOnRevenueCode0636() throws IOException {
    List<InstitutionalClaim> claims =
        List.of(X12Samples.vedolizumabOutpatientClaim("PCN0003", X12Samples.JANE));
    X12Output out = X12Samples.writer().write(X12Samples.PROVIDER_TO_CLEARINGHOUSE, claims);
    String text = new String(out.content(), StandardCharsets.US_ASCII);

    assertGolden("837I-infusion.x12", text);
    assertThat(text)
        .contains("CLM*PCN0003*8645***13:A:1**A*Y*I~")
        .contains("DTP*434*RD8*20260114-20260114~")
        .contains("CL1***01~")
        .contains("HI*ABK:K5190~\nHI*APR:K5190~\nHI*ABF:Z79899~")
        .contains("SV2*0636*HC:J3380:JZ*8250*UN*300~")
        .contains("SV2*0260*HC:96365*395*UN*1~")
        .contains("LIN**N4*64764030020~\nCTP****1*UN~")
        .contains("GS*HC*IBWSUBMITTER*SANDBOXCH*20260115*1430*1*X*005010X223A2~");
  }

  @Test
  void eligibilityInquiry270ForInfliximab() throws IOException {
    X12Output out =
        X12Samples.writer()
            .write(
                X12Samples.PROVIDER_TO_CLEARINGHOUSE,
                List.of(X12Samples.inquiry("TRACE0001", X12Samples.INQUIRY_MEMBER)));
    String text = new String(out.content(), StandardCharsets.US_ASCII);

    assertGolden("270-infusion.x12", text);
    assertThat(text)
        .contains("GS*HS*IBWSUBMITTER*SANDBOXCH*20260115*1430*1*X*005010X279A1~")
        .contains("TRN*1*TRACE0001*1123456789~")
        .contains("EQ*30^1~\nEQ**HC:J1745~");
  }

  @Test
  void authorizationRequest278ForAFourteenWeekInfliximabCourse() throws IOException {
    X12Output out =
        X12Samples.writer()
            .write(
                X12Samples.PROVIDER_TO_CLEARINGHOUSE,
                List.of(X12Samples.authorizationRequest("AUTHTRACE1", X12Samples.INQUIRY_MEMBER)));
    String text = new String(out.content(), StandardCharsets.US_ASCII);

    assertGolden("278-request-infusion.x12", text);
    assertThat(text)
        .contains("GS*HI*IBWSUBMITTER*SANDBOXCH*20260115*1430*1*X*005010X217~")
        .contains("BHT*0007*13*")
        .contains(
            "HL*4*3*EV*1~\nTRN*1*AUTHTRACE1*1123456789~\nUM*HS*I*1*11:B~\nDTP*AAH*RD8*20260114-20260422~")
        .contains("SV1*HC:J1745**UN*400~");
  }

  @Test
  void goldenFilesValidateAndReadBackAsTheEncounters() throws IOException {
    try (InputStream in = golden("837P-infusion.x12")) {
      List<ProfessionalClaim> read = new X12Reader().readAll(in, ProfessionalClaim.class);
      assertThat(read)
          .extracting(ProfessionalClaim::patientControlNumber)
          .containsExactly("PCN0001", "PCN0002");
      assertThat(read.get(0).lines())
          .extracting(l -> l.units().intValue())
          .containsExactly(37, 3, 1, 1);
    }
    try (InputStream in = golden("837I-infusion.x12")) {
      assertThat(new X12Validator().validate(in).valid()).isTrue();
    }
  }

  private static InputStream golden(String name) {
    return X12GoldenFileTest.class.getResourceAsStream("/x12/golden/" + name);
  }

  private static void assertGolden(String name, String actual) throws IOException {
    Path source = Path.of("src/test/resources/x12/golden", name);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(source, actual, StandardCharsets.US_ASCII);
    }
    String expected = Files.readString(source, StandardCharsets.US_ASCII);
    assertThat(actual).isEqualTo(expected);
    assertThat(
            new X12Validator()
                .validate(new ByteArrayInputStream(actual.getBytes(StandardCharsets.US_ASCII)))
                .valid())
        .isTrue();
  }
}
