package com.infusionbilling.edi;

import static org.assertj.core.api.Assertions.assertThat;

import com.imsweb.x12.reader.X12Reader;
import com.imsweb.x12.reader.X12Reader.FileType;
import com.infusionbilling.edi.model.InstitutionalClaim;
import com.infusionbilling.edi.model.ProfessionalClaim;
import com.infusionbilling.edi.model.X12Message;
import com.infusionbilling.testing.X12Samples;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The files we write, read by an X12 reader written outside this project: IMS's {@code x12-parser}
 * (BSD licence), which checks each transaction's loops, segment order, required segments, repeats
 * and code values against its own 5010 implementation maps. It has maps for 837P (005010X222A1),
 * 837I (005010X223A2), 835 (005010X221A1) and 277CA (005010X214), not for the 5010 270/271 or 278;
 * its 999 map reports AK9 missing even for a minimal valid 999, so it cannot judge ours. In this
 * build those are checked only by our own StAEDI schemas; pyx12 was run by hand on the 270, 999,
 * 277CA, 835 and 837 files (results and how to repeat it in docs/x12.md).
 */
class IndependentX12ValidatorTest {

  /**
   * x12-parser counts repeats of a segment ID within a loop against the first definition it
   * matches, so the 837I's separate HI segments for principal diagnosis (ABK, max 1), patient's
   * reason for visit (APR, max 1) and other diagnoses (ABF) -- each its own segment in the
   * 005010X223A2 TR3 loop 2300 and in x12-parser's own map -- are reported as one HI repeated too
   * often. This is the only message we accept, and only for that loop.
   */
  private static final String KNOWN_837I_HI_LIMITATION = "HI in loop 2300 appears too many times";

  private static List<String> problems(FileType type, String x12) throws IOException {
    X12Reader reader = new X12Reader(type, new StringReader(x12));
    List<String> problems = new ArrayList<>(reader.getFatalErrors());
    problems.addAll(reader.getErrors());
    if (!problems.isEmpty()) {
      // the file itself, so a failure shows what the reader objected to
      problems.add("in: " + x12);
    }
    return problems;
  }

  private static <T extends X12Message> String write(List<T> messages, X12Parties parties) {
    X12Output out = X12Samples.writer().write(parties, messages);
    return new String(out.content(), StandardCharsets.US_ASCII);
  }

  @Test
  void professionalClaimsWeWriteHaveNoErrors() throws IOException {
    List<ProfessionalClaim> claims = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      claims.add(
          i % 2 == 0
              ? X12Samples.infliximabOfficeClaim("PCN" + i, X12Samples.member("W1000" + i))
              : X12Samples.rituximabOfficeClaim("PCN" + i, X12Samples.member("W2000" + i)));
    }
    String x12 = write(claims, X12Samples.PROVIDER_TO_CLEARINGHOUSE);

    assertThat(problems(FileType.ANSI837_5010_X222, x12)).isEmpty();
  }

  @Test
  void aSecondaryClaimWithThePrimarysAdjudicationHasNoErrors() throws IOException {
    String x12 =
        write(
            List.of(
                X12Samples.secondaryInfliximabClaim(
                    "PCNS1", X12Samples.member("SUPP1"), X12Samples.JANE)),
            X12Samples.PROVIDER_TO_CLEARINGHOUSE);

    assertThat(x12.replace("\r", "").replace("\n", ""))
        .contains("SBR*S*18*")
        .contains("SBR*P*18*")
        .contains("CAS*PR*1*50~")
        .contains("AMT*D*1157.36~")
        .contains("NM1*PR*2*MEDICARE PART B*****PI*MCRB1~")
        .contains("SVD*MCRB1*1015.28*HC:J1745**37~")
        .contains("DTP*573*D8*20260203~");
    assertThat(problems(FileType.ANSI837_5010_X222, x12)).isEmpty();
  }

  @Test
  void aReplacementCarryingARetroAuthorizationHasNoErrors() throws IOException {
    ProfessionalClaim c = X12Samples.infliximabOfficeClaim("PCNR1", X12Samples.member("W1"));
    ProfessionalClaim replacement =
        new ProfessionalClaim(
            c.patientControlNumber(),
            c.billingProvider(),
            c.subscriber(),
            c.payer(),
            c.claimFilingIndicator(),
            c.payerResponsibility(),
            c.placeOfService(),
            "7",
            "PAYERICN123",
            "RA-2026-0042",
            c.diagnosisCodes(),
            c.renderingProvider(),
            c.serviceFacility(),
            c.lines(),
            null);
    String x12 = write(List.of(replacement), X12Samples.PROVIDER_TO_CLEARINGHOUSE);

    // the TR3's order in loop 2300: REF*G1 before REF*F8
    assertThat(x12.replace("\r", "").replace("\n", ""))
        .contains("REF*G1*RA-2026-0042~REF*F8*PAYERICN123~");
    assertThat(
            new X12Validator().validate(new java.io.ByteArrayInputStream(x12.getBytes())).valid())
        .isTrue();
    assertThat(problems(FileType.ANSI837_5010_X222, x12)).isEmpty();
  }

  @Test
  void institutionalClaimsWeWriteHaveNoErrorsBeyondTheReadersKnownHiLimitation()
      throws IOException {
    List<InstitutionalClaim> claims = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      claims.add(X12Samples.vedolizumabOutpatientClaim("PCNI" + i, X12Samples.member("W3000" + i)));
    }
    String x12 = write(claims, X12Samples.PROVIDER_TO_CLEARINGHOUSE);

    assertThat(problems(FileType.ANSI837_5010_X223, x12))
        .isNotEmpty()
        .allMatch(p -> p.equals(KNOWN_837I_HI_LIMITATION) || p.startsWith("in: "));
  }

  @Test
  void aSecondary837IWithThePrimarysAdjudicationHasNoErrorsBeyondTheHiLimitation()
      throws IOException {
    String x12 =
        write(
            List.of(
                X12Samples.secondaryVedolizumabClaim(
                    "PCNIS1", X12Samples.member("SUPP2"), X12Samples.JANE)),
            X12Samples.PROVIDER_TO_CLEARINGHOUSE);

    assertThat(x12.replace("\r", "").replace("\n", ""))
        .contains("SBR*S*18*")
        .contains("SBR*P*18*")
        .contains("AMT*D*5981.92~")
        .contains("SVD*MCRB1*5880*HC:J3380:JZ*0636*300~");
    assertThat(problems(FileType.ANSI837_5010_X223, x12))
        .allMatch(p -> p.equals(KNOWN_837I_HI_LIMITATION) || p.startsWith("in: "));
  }

  @Test
  void theReaderCatchesWhatWeRelyOnItToCatch() throws IOException {
    String good =
        write(
            List.of(X12Samples.infliximabOfficeClaim("PCNX", X12Samples.JANE)),
            X12Samples.PROVIDER_TO_CLEARINGHOUSE);
    assertThat(problems(FileType.ANSI837_5010_X222, good)).isEmpty();

    // an invalid code value (SBR01 payer responsibility), an invalid unit qualifier (SV103),
    // a missing billing provider and a service line without its LX: each is reported
    assertThat(problems(FileType.ANSI837_5010_X222, good.replace("SBR*P*", "SBR*Q*"))).isNotEmpty();
    assertThat(problems(FileType.ANSI837_5010_X222, good.replace("*3700*UN*", "*3700*XX*")))
        .isNotEmpty();
    assertThat(problems(FileType.ANSI837_5010_X222, good.replaceFirst("NM1\\*85\\*[^~]*~\\s*", "")))
        .isNotEmpty();
    assertThat(problems(FileType.ANSI837_5010_X222, good.replaceFirst("LX\\*2~\\s*", "")))
        .isNotEmpty();
  }

  @Test
  void remittancesAndClaimAcknowledgementsHaveNoErrors() throws IOException {
    assertThat(
            problems(
                FileType.ANSI835_5010_X221,
                write(
                    List.of(X12Samples.remittance("TRC835")),
                    X12Samples.CLEARINGHOUSE_TO_PROVIDER)))
        .isEmpty();
    assertThat(
            problems(
                FileType.ANSI837_5010_X214,
                write(
                    List.of(X12Samples.claimAck("BATCH1", "PCN0001", "PCN0002")),
                    X12Samples.CLEARINGHOUSE_TO_PROVIDER)))
        .isEmpty();
  }
}
