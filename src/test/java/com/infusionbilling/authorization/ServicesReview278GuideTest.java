package com.infusionbilling.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.billing.scrub.SiteOfCare;
import com.infusionbilling.clearinghouse.LocalMailboxTestBase;
import com.infusionbilling.testing.EpisodeFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The 278 we send (built by {@link PriorAuthorizationService#send278}) and every 278 the sandbox
 * payer writes back, read as raw segments from the mailbox and held to the 005010X217 rules an
 * independent validator found broken (issue 14 item 8; docs/x12.md "278"):
 *
 * <ul>
 *   <li>BHT06 on every response: 18 (final) or 19 (more follows), 19 exactly for a pended (A4)
 *       review; a request has none;
 *   <li>BHT03 of a response returns the request's BHT03;
 *   <li>the response's TRN*2 echoes the requester's TRN02 with the requester's TRN03;
 *   <li>a partial approval is A2 at the patient event (2000E) and A6 at the service (2000F); A2
 *       never appears at 2000F;
 *   <li>a service-level UM is written only when it differs from the patient event's;
 *   <li>an institutional request (hospital outpatient) has UM04 qualifier A and SV2 with a revenue
 *       code; a professional one UM04 qualifier B and SV1;
 *   <li>an expedited request carries UM06 = U.
 * </ul>
 */
class ServicesReview278GuideTest extends LocalMailboxTestBase {

  @Autowired EpisodeFixtures fixtures;
  @Autowired PriorAuthorizationService authorizations;

  static long keys = -9_000_000_000L - (System.nanoTime() % 1_000_000);

  /** A request of a new episode, sent as its first submission; returns its trace. */
  String send(String memberId, String hcpcs, SiteOfCare site, boolean expedited) {
    var episode = fixtures.episode("COMMERCIAL_ACME", memberId, hcpcs, site);
    var request = authorizations.open(episode.getId(), --keys, "INITIAL", null, null);
    authorizations.recordDocumentation(
        request.getId(), "confirmedDiagnosisAttached", expedited ? "Severe flare" : null);
    return authorizations.send278(request.getId(), 1).traceNumber();
  }

  @Test
  void professionalRequestAndItsApproval() throws IOException {
    String trace = send("W278OK" + suffix(), "J1745", SiteOfCare.OFFICE, false);
    exchange();

    Doc request = request(trace);
    assertRequestRules(request);
    assertThat(request.event("UM").get(4)).endsWith(":B");
    assertThat(request.services("SV1")).hasSize(1);
    assertThat(request.services("SV2")).isEmpty();
    assertThat(request.event("UM").size()).isLessThan(7); // routine: no UM06
    assertThat(request.services("MSG")).as("no site-of-care exception, no 2000F MSG").isEmpty();

    Doc response = onlyResponse(trace);
    assertResponseRules(request, response);
    assertThat(response.event("HCR").get(1)).isEqualTo("A1");
    assertThat(response.bht().get(6)).isEqualTo("18");
  }

  @Test
  void aSiteOfCareExceptionTravelsInThe278AsTheServicesMessageText() throws IOException {
    // "Resolve site of care" asked for an exception (issue 14 item 2): Acme's site-of-care policy
    // needs one for infliximab in a hospital outpatient department
    var episode =
        fixtures.episode(
            "COMMERCIAL_ACME", "W278SOC" + suffix(), "J1745", SiteOfCare.HOSPITAL_OUTPATIENT);
    var open = authorizations.open(episode.getId(), --keys, "INITIAL", null, null);
    authorizations.requestSiteOfCareException(
        open.getId(), "Prior grade 3 infusion reaction: needs hospital monitoring*~");
    authorizations.recordDocumentation(open.getId(), "confirmedDiagnosisAttached", null);
    String trace = authorizations.send278(open.getId(), 1).traceNumber();
    exchange();

    Doc request = request(trace);
    assertRequestRules(request);
    assertThat(request.services("MSG"))
        .singleElement()
        .satisfies(
            msg ->
                assertThat(msg.get(1))
                    .isEqualTo(
                        "SITE OF CARE EXCEPTION REQUESTED FOR HOSPITAL OUTPATIENT - Prior grade 3"
                            + " infusion reaction needs hospital monitoring")
                    .hasSizeLessThanOrEqualTo(264));
    // after the service's SV2, as the guide orders 2000F
    List<String> ids = request.serviceIds(0);
    assertThat(ids.indexOf("MSG")).isGreaterThan(ids.indexOf("SV2"));
    // the payer read it: the sandbox answered the request
    assertResponseRules(request, onlyResponse(trace));
  }

  @Test
  void institutionalRequestUsesSv2WithARevenueCodeAndUm04QualifierA() throws IOException {
    String trace = send("W278HOPD" + suffix(), "J1745", SiteOfCare.HOSPITAL_OUTPATIENT, false);
    exchange();

    Doc request = request(trace);
    assertRequestRules(request);
    assertThat(request.event("UM").get(4)).isEqualTo("13:A");
    assertThat(request.services("SV1")).isEmpty();
    List<String> sv2 = request.services("SV2").get(0);
    assertThat(sv2.get(1)).matches("\\d{4}").isEqualTo("0636");
    assertThat(sv2.get(2)).isEqualTo("HC:J1745");

    Doc response = onlyResponse(trace);
    assertResponseRules(request, response);
    assertThat(response.event("UM").get(4)).isEqualTo("13:A");
    assertThat(response.services("SV2").get(0).get(1)).isEqualTo("0636");
  }

  @Test
  void partialApprovalIsA2ForTheEventAndA6ForTheService() throws IOException {
    String trace = send("PAPART" + suffix(), "J1745", SiteOfCare.OFFICE, false);
    exchange();

    Doc request = request(trace);
    Doc response = onlyResponse(trace);
    assertResponseRules(request, response);
    assertThat(response.event("HCR").get(1)).isEqualTo("A2");
    assertThat(response.services("HCR")).extracting(s -> s.get(1)).containsOnly("A6");
    assertThat(response.bht().get(6)).isEqualTo("18");
  }

  @Test
  void pendedReviewSays19ThenTheFinalAnswerSays18() throws IOException {
    String trace = send("W278PEND" + suffix(), "J2350", SiteOfCare.OFFICE, false);
    exchange();
    Doc request = request(trace);
    Doc pended = onlyResponse(trace);
    assertResponseRules(request, pended);
    assertThat(pended.event("HCR").get(1)).isEqualTo("A4");
    assertThat(pended.bht().get(6)).isEqualTo("19");
    assertThat(pended.event("REF")).containsSubsequence("NT");

    clock.advance(Duration.ofDays(3));
    exchange();
    List<Doc> all = responses(trace);
    assertThat(all).hasSize(2);
    Doc last = all.stream().filter(d -> !d.event("HCR").get(1).equals("A4")).findFirst().get();
    assertResponseRules(request, last);
    assertThat(last.event("HCR").get(1)).isEqualTo("A1");
    assertThat(last.bht().get(6)).isEqualTo("18");
  }

  @Test
  void deniedAndNotRequiredAnswersAreFinal() throws IOException {
    String denied = send("PADENY" + suffix(), "J1745", SiteOfCare.OFFICE, false);
    String notRequired = send("PANA" + suffix(), "J1745", SiteOfCare.OFFICE, false);
    exchange();

    for (String trace : List.of(denied, notRequired)) {
      Doc request = request(trace);
      assertRequestRules(request);
      Doc response = onlyResponse(trace);
      assertResponseRules(request, response);
      assertThat(response.bht().get(6)).isEqualTo("18");
    }
    assertThat(onlyResponse(denied).event("HCR").get(1)).isEqualTo("A3");
    Doc na = onlyResponse(notRequired);
    assertThat(na.event("HCR").get(1)).isEqualTo("NA");
    assertThat(na.event("REF").get(1)).isEqualTo("NT");
  }

  @Test
  void anExpeditedRequestSaysUrgentInUm06() throws IOException {
    String trace = send("W278URG" + suffix(), "J1745", SiteOfCare.OFFICE, true);
    exchange();

    Doc request = request(trace);
    assertRequestRules(request);
    assertThat(request.event("UM").get(6)).isEqualTo("U");
    assertResponseRules(request, onlyResponse(trace));
  }

  // --- the rules -----------------------------------------------------------------------------

  static void assertRequestRules(Doc request) {
    assertThat(request.bht().get(2)).isEqualTo("13");
    assertThat(request.bht().size()).as("BHT06 is not used in a request").isLessThan(7);
    assertThat(request.event("TRN").get(1)).isEqualTo("1");
    assertNoServiceUmRepeatsTheEvent(request);
  }

  static void assertResponseRules(Doc request, Doc response) {
    assertThat(response.bht().get(2)).isEqualTo("11");
    String hcr01 = response.event("HCR").get(1);
    assertThat(response.bht().get(6))
        .as("BHT06 (18 final, 19 further updates to follow)")
        .isEqualTo("A4".equals(hcr01) ? "19" : "18");
    assertThat(response.bht().get(3))
        .as("BHT03 returns the request's")
        .isEqualTo(request.bht().get(3));
    List<String> trn = response.event("TRN");
    assertThat(trn.get(1)).isEqualTo("2");
    assertThat(trn.get(2)).isEqualTo(request.event("TRN").get(2));
    assertThat(trn.get(3))
        .as("TRN03 is the requester's identifier")
        .isEqualTo(request.event("TRN").get(3));
    assertThat(response.services("HCR")).extracting(s -> s.get(1)).doesNotContain("A2");
    if ("A2".equals(hcr01)) {
      assertThat(response.services("HCR")).extracting(s -> s.get(1)).contains("A6");
    }
    assertNoServiceUmRepeatsTheEvent(response);
  }

  static void assertNoServiceUmRepeatsTheEvent(Doc doc) {
    List<String> eventUm = doc.event("UM");
    for (List<String> um : doc.services("UM")) {
      assertThat(um).as("2000F UM equal to the 2000E UM").isNotEqualTo(eventUm);
    }
  }

  // --- reading the files ---------------------------------------------------------------------

  /** One 278 transaction set as segments, split into its loops by HL level code. */
  record Doc(
      List<List<String>> header, List<List<String>> event, List<List<List<String>>> services) {
    List<String> bht() {
      return header.stream().filter(s -> s.get(0).equals("BHT")).findFirst().orElseThrow();
    }

    List<String> event(String id) {
      return event.stream().filter(s -> s.get(0).equals(id)).findFirst().orElse(List.of());
    }

    List<String> serviceIds(int service) {
      return services.get(service).stream().map(seg -> seg.get(0)).toList();
    }

    List<List<String>> services(String id) {
      return services.stream().flatMap(List::stream).filter(s -> s.get(0).equals(id)).toList();
    }

    static Doc parse(String text) {
      List<List<String>> header = new ArrayList<>();
      List<List<String>> event = new ArrayList<>();
      List<List<List<String>>> services = new ArrayList<>();
      List<List<String>> current = header;
      for (String raw : text.split("~")) {
        String seg = raw.strip();
        if (seg.isEmpty()) {
          continue;
        }
        List<String> e = Arrays.asList(seg.split("\\*", -1));
        if (e.get(0).equals("HL")) {
          if ("EV".equals(e.get(3))) {
            current = event;
          } else if ("SS".equals(e.get(3))) {
            current = new ArrayList<>();
            services.add(current);
          } else {
            current = header;
          }
        }
        current.add(e);
      }
      return new Doc(header, event, services);
    }
  }

  Doc request(String trace) throws IOException {
    List<Doc> found = files("clearinghouse-received", "TRN*1*" + trace + "*");
    assertThat(found).as("the 278 request " + trace).hasSize(1);
    return found.get(0);
  }

  List<Doc> responses(String trace) throws IOException {
    List<Doc> found = new ArrayList<>(files("archive", "TRN*2*" + trace + "*"));
    found.addAll(files("inbound", "TRN*2*" + trace + "*"));
    return found;
  }

  Doc onlyResponse(String trace) throws IOException {
    List<Doc> found = responses(trace);
    assertThat(found).as("278 responses to " + trace).hasSize(1);
    return found.get(0);
  }

  static List<Doc> files(String folder, String marker) throws IOException {
    List<Doc> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(BASE.resolve(folder))) {
      for (Path f : files.filter(p -> !p.getFileName().toString().startsWith(".")).toList()) {
        String text = Files.readString(f);
        if (text.contains("ST*278*") && text.contains(marker)) {
          out.add(Doc.parse(text));
        }
      }
    }
    return out;
  }

  static String suffix() {
    return Long.toString(System.nanoTime() % 100_000_000L);
  }
}
