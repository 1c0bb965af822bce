package com.infusionbilling.edi;

import static com.infusionbilling.edi.SegmentOut.comp;

import com.infusionbilling.edi.model.Address;
import com.infusionbilling.edi.model.Adjustment;
import com.infusionbilling.edi.model.AuthorizationRequest;
import com.infusionbilling.edi.model.AuthorizationResponse;
import com.infusionbilling.edi.model.ClaimAck;
import com.infusionbilling.edi.model.EligibilityInquiry;
import com.infusionbilling.edi.model.EligibilityResponse;
import com.infusionbilling.edi.model.FunctionalAck;
import com.infusionbilling.edi.model.InstitutionalClaim;
import com.infusionbilling.edi.model.Member;
import com.infusionbilling.edi.model.Party;
import com.infusionbilling.edi.model.ProfessionalClaim;
import com.infusionbilling.edi.model.Remittance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The codec for each message type and the parser for each transaction, plus shared mapping. */
final class Codecs {

  private static final Map<Class<?>, MessageCodec<?>> WRITERS =
      Map.of(
          EligibilityInquiry.class, new Eligibility270Codec(),
          EligibilityResponse.class, new Eligibility271Codec(),
          AuthorizationRequest.class, new ServicesReview278Codec.RequestCodec(),
          AuthorizationResponse.class, new ServicesReview278Codec.ResponseCodec(),
          ProfessionalClaim.class, new Claim837PCodec(),
          InstitutionalClaim.class, new Claim837ICodec(),
          FunctionalAck.class, new Ack999Codec(),
          ClaimAck.class, new ClaimAck277Codec(),
          Remittance.class, new Remittance835Codec());

  private Codecs() {}

  static MessageCodec<?> forMessage(Class<?> type) {
    MessageCodec<?> codec = WRITERS.get(type);
    if (codec == null) {
      throw new IllegalArgumentException("no X12 writer for " + type.getSimpleName());
    }
    return codec;
  }

  static MessageParser parser(X12Transaction t) {
    return switch (t) {
      case ELIGIBILITY_INQUIRY_270 -> new Eligibility270Codec.Parser();
      case ELIGIBILITY_RESPONSE_271 -> new Eligibility271Codec.Parser();
      case SERVICES_REVIEW_278 -> new ServicesReview278Codec.Parser();
      case PROFESSIONAL_CLAIM_837P -> new Claim837PCodec.Parser();
      case INSTITUTIONAL_CLAIM_837I -> new Claim837ICodec.Parser();
      case IMPLEMENTATION_ACK_999 -> new Ack999Codec.Parser();
      case CLAIM_ACK_277CA -> new ClaimAck277Codec.Parser();
      case REMITTANCE_835 -> new Remittance835Codec.Parser();
    };
  }

  // ---- writing ----

  /** NM1 for a party: entity code, type 1 (person) or 2 (organization), name, ID qualifier/ID. */
  static void nm1(SegmentOut out, String entity, Party p, String idQualifier) {
    if (p.isOrganization()) {
      out.seg(
          "NM1",
          entity,
          "2",
          p.organizationName(),
          null,
          null,
          null,
          null,
          q(idQualifier, p.id()),
          p.id());
    } else {
      out.seg(
          "NM1",
          entity,
          "1",
          p.lastName(),
          p.firstName(),
          null,
          null,
          null,
          q(idQualifier, p.id()),
          p.id());
    }
  }

  private static String q(String qualifier, String id) {
    return id == null ? null : qualifier;
  }

  static void nm1Member(SegmentOut out, String entity, Member m) {
    out.seg(
        "NM1",
        entity,
        "1",
        m.lastName(),
        m.firstName(),
        m.middleName(),
        null,
        null,
        "MI",
        m.memberId());
  }

  /** NM1*QC: the patient of a 277CA or 835 claim, with the member ID when known. */
  static void nm1Patient(SegmentOut out, String lastName, String firstName, String memberId) {
    out.seg(
        "NM1",
        "QC",
        "1",
        lastName,
        firstName,
        null,
        null,
        null,
        memberId == null ? null : "MI",
        memberId);
  }

  static void address(SegmentOut out, Address a) {
    if (a == null) {
      return;
    }
    out.seg("N3", a.line1(), a.line2());
    out.seg("N4", a.city(), a.state(), a.postalCode());
  }

  static void dmg(SegmentOut out, Member m) {
    if (m.dateOfBirth() != null) {
      out.seg("DMG", "D8", X12Format.date(m.dateOfBirth()), m.gender());
    }
  }

  static Object diagnosisComposite(String qualifier, String code) {
    return comp(qualifier, code.replace(".", ""));
  }

  /**
   * BHT and the 2000A/2100A payer, 2000B/2100B provider and 2000C subscriber HL of a 270 ({@code
   * purpose} 13) or 271 (11).
   */
  static void eligibilityHeader(
      SegmentOut out, MessageCodec.WriteContext ctx, String purpose, Party payer, Party provider) {
    out.seg(
        "BHT",
        "0022",
        purpose,
        ctx.reference(),
        X12Format.date(ctx.date()),
        X12Format.time(ctx.time()));
    out.seg("HL", "1", null, "20", "1");
    nm1(out, "PR", payer, "PI");
    out.seg("HL", "2", "1", "21", "1");
    nm1(out, "1P", provider, "XX");
    out.seg("HL", "3", "2", "22", "0");
  }

  /** A C003 procedure composite: qualifier (HC), code, then up to four modifiers. */
  static SegmentOut.Composite procedure(String code, List<String> modifiers) {
    String[] p = new String[2 + modifiers.size()];
    p[0] = "HC";
    p[1] = code;
    for (int i = 0; i < modifiers.size(); i++) {
      p[2 + i] = modifiers.get(i);
    }
    return comp(p);
  }

  /** Splits claims into transaction sets, one per billing provider, keeping their order. */
  static <T> List<List<T>> byBillingProvider(List<T> claims, Function<T, Party> provider) {
    Map<Party, List<T>> groups = new LinkedHashMap<>();
    for (T c : claims) {
      groups.computeIfAbsent(provider.apply(c), k -> new ArrayList<>()).add(c);
    }
    return new ArrayList<>(groups.values());
  }

  // ---- reading ----

  /** The modifiers (components 3 to 6) of the C003 procedure composite at {@code position}. */
  static List<String> modifiers(X12Segment s, int position) {
    List<String> comps = s.components(position);
    List<String> out = new ArrayList<>(2);
    for (int i = 2; i < Math.min(comps.size(), 6); i++) {
      if (comps.get(i) != null) {
        out.add(comps.get(i));
      }
    }
    return out;
  }

  static Party party(X12Segment nm1) {
    if ("2".equals(nm1.get(2))) {
      return new Party(nm1.get(3), null, null, nm1.get(9), null, null, null);
    }
    return new Party(null, nm1.get(3), nm1.get(4), nm1.get(9), null, null, null);
  }

  static Party withAddress(Party p, Address a) {
    return new Party(
        p.organizationName(), p.lastName(), p.firstName(), p.id(), p.taxId(), p.taxonomyCode(), a);
  }

  static Party withTaxId(Party p, String taxId) {
    return new Party(
        p.organizationName(),
        p.lastName(),
        p.firstName(),
        p.id(),
        taxId,
        p.taxonomyCode(),
        p.address());
  }

  static Party withTaxonomy(Party p, String taxonomy) {
    return new Party(
        p.organizationName(),
        p.lastName(),
        p.firstName(),
        p.id(),
        p.taxId(),
        taxonomy,
        p.address());
  }

  /** Collects the parts of a member spread over NM1, N3, N4, DMG and SBR. */
  /**
   * The information source (2100A, the payer) and receiver (2100B, the provider) of a 270/271, read
   * from their NM1 segments.
   */
  static final class SourceAndReceiver {
    Party payer;
    Party provider;

    /** Takes the segment when it belongs to 2100A or 2100B. */
    boolean segment(X12Segment s, String loop) {
      boolean source = "2100A".equals(loop);
      if (!source && !"2100B".equals(loop)) {
        return false;
      }
      if (s.is("NM1")) {
        if (source) {
          payer = party(s);
        } else {
          provider = party(s);
        }
      }
      return true;
    }
  }

  static final class MemberBuilder {
    String memberId;
    String last;
    String first;
    String middle;
    java.time.LocalDate dob;
    String gender;
    final AddressParts address = new AddressParts();
    String group;

    /** Takes the NM1, N3, N4 and DMG of a subscriber name loop; ignores the rest. */
    void segment(X12Segment s) {
      switch (s.id()) {
        case "NM1" -> nm1(s);
        case "N3" -> n3(s);
        case "N4" -> n4(s);
        case "DMG" -> dmg(s);
        default -> {
          // REF, PRV, AAA, ... are not part of the member
        }
      }
    }

    void nm1(X12Segment s) {
      last = s.get(3);
      first = s.get(4);
      middle = s.get(5);
      memberId = s.get(9);
    }

    void n3(X12Segment s) {
      address.n3(s);
    }

    void n4(X12Segment s) {
      address.n4(s);
    }

    void dmg(X12Segment s) {
      dob = X12Format.parseDate(s.get(2));
      gender = s.get(3);
    }

    Member build() {
      return new Member(memberId, last, first, middle, dob, gender, address.build(), group);
    }
  }

  /** N3 and N4 of a name loop. */
  static final class AddressParts {
    private String line1;
    private String line2;
    private String city;
    private String state;
    private String zip;

    void n3(X12Segment s) {
      line1 = s.get(1);
      line2 = s.get(2);
    }

    void n4(X12Segment s) {
      city = s.get(1);
      state = s.get(2);
      zip = s.get(3);
    }

    Address build() {
      return line1 == null && city == null ? null : new Address(line1, line2, city, state, zip);
    }
  }

  /** Collects the drug of loop 2410: LIN (NDC) and CTP (quantity, unit). */
  static final class DrugBuilder {
    private String ndc;
    private java.math.BigDecimal quantity;
    private String unit;

    void segment(X12Segment s) {
      if (s.is("LIN")) {
        ndc = s.get(3);
      } else if (s.is("CTP")) {
        quantity = X12Format.parseDecimal(s.get(4));
        unit = s.get(5, 1);
      }
    }

    com.infusionbilling.edi.model.DrugIdentification build() {
      return ndc == null
          ? null
          : new com.infusionbilling.edi.model.DrugIdentification(ndc, quantity, unit);
    }
  }

  /** Collects a party spread over NM1, N3, N4, REF and PRV. */
  static final class PartyBuilder {
    Party party;
    final AddressParts address = new AddressParts();

    PartyBuilder(X12Segment nm1) {
      party = party(nm1);
    }

    void n3(X12Segment s) {
      address.n3(s);
    }

    void n4(X12Segment s) {
      address.n4(s);
    }

    void taxId(String id) {
      party = withTaxId(party, id);
    }

    void taxonomy(String code) {
      party = withTaxonomy(party, code);
    }

    Party build() {
      Address a = address.build();
      return a == null ? party : withAddress(party, a);
    }
  }

  /** CAS: up to six reasons of one group per segment, in the order given. */
  static void cas(SegmentOut out, List<Adjustment> adjustments) {
    Map<String, List<Adjustment>> byGroup = new LinkedHashMap<>();
    for (Adjustment a : adjustments) {
      byGroup.computeIfAbsent(a.group(), k -> new ArrayList<>()).add(a);
    }
    for (var e : byGroup.entrySet()) {
      List<Adjustment> list = e.getValue();
      for (int start = 0; start < list.size(); start += 6) {
        List<Adjustment> chunk = list.subList(start, Math.min(list.size(), start + 6));
        Object[] els = new Object[1 + chunk.size() * 3];
        els[0] = e.getKey();
        for (int i = 0; i < chunk.size(); i++) {
          els[1 + i * 3] = chunk.get(i).reasonCode();
          els[2 + i * 3] = X12Format.decimal(chunk.get(i).amount());
          els[3 + i * 3] = X12Format.decimal(chunk.get(i).quantity());
        }
        out.seg("CAS", els);
      }
    }
  }

  static void readCas(X12Segment s, List<Adjustment> into) {
    String group = s.get(1);
    for (int p = 2; p <= 17; p += 3) {
      String reason = s.get(p);
      if (reason != null) {
        into.add(
            new Adjustment(
                group,
                reason,
                X12Format.parseDecimal(s.get(p + 1)),
                X12Format.parseDecimal(s.get(p + 2))));
      }
    }
  }
}
