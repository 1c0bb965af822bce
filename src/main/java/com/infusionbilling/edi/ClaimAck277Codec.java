package com.infusionbilling.edi;

import static com.infusionbilling.edi.SegmentOut.comp;

import com.infusionbilling.edi.model.ClaimAck;
import com.infusionbilling.edi.model.ClaimStatus;
import com.infusionbilling.edi.model.Party;
import com.infusionbilling.edi.model.X12Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** 277CA (005010X214): one transaction set per acknowledgment, one billing provider each. */
final class ClaimAck277Codec implements MessageCodec<ClaimAck> {

  @Override
  public X12Transaction transaction() {
    return X12Transaction.CLAIM_ACK_277CA;
  }

  @Override
  public void write(SegmentOut out, List<ClaimAck> acks, WriteContext ctx) {
    ClaimAck a = acks.get(0);
    var p = ctx.parties();
    out.seg(
        "BHT",
        "0085",
        "08",
        ctx.reference(),
        X12Format.date(ctx.date()),
        X12Format.time(ctx.time()),
        "TH");
    out.seg("HL", "1", null, "20", "1");
    out.seg(
        "NM1",
        "PR",
        "2",
        a.informationSource().name(),
        null,
        null,
        null,
        null,
        "PI",
        a.informationSource().id());
    out.seg("TRN", "1", ctx.reference());
    out.seg("DTP", "050", "D8", X12Format.date(a.receiptDate()));
    out.seg("DTP", "009", "D8", X12Format.date(a.processDate()));
    out.seg("HL", "2", "1", "21", "1");
    out.seg("NM1", "41", "2", p.receiverName(), null, null, null, null, "46", p.receiverId());
    out.seg("TRN", "2", a.receiverTraceNumber());
    long accepted = a.claims().stream().filter(ClaimStatus::accepted).count();
    long rejected = a.claims().size() - accepted;
    BigDecimal acceptedAmount = sum(a.claims(), true);
    BigDecimal rejectedAmount = sum(a.claims(), false);
    out.seg(
        "STC",
        comp("A1", "19", "PR"),
        X12Format.date(a.processDate()),
        "WQ",
        X12Format.decimal(acceptedAmount.add(rejectedAmount)));
    if (accepted > 0) {
      out.seg("QTY", "90", Long.toString(accepted));
    }
    if (rejected > 0) {
      out.seg("QTY", "AA", Long.toString(rejected));
    }
    if (accepted > 0) {
      out.seg("AMT", "YU", X12Format.decimal(acceptedAmount));
    }
    if (rejected > 0) {
      out.seg("AMT", "YY", X12Format.decimal(rejectedAmount));
    }
    out.seg("HL", "3", "2", "19", "1");
    Codecs.nm1(out, "85", a.billingProvider(), "XX");
    // 2200C is required: TRN02 is 0 because this acknowledgement carries no provider-level trace,
    // then the billing provider's own acknowledgement with its accepted (QA) and rejected (QC)
    // counts. Unlike 2200B and 2200D, the 2200C STC02 (effective date) is "not used" in the TR3
    // (pyx12 reported it), while STC03 and STC04 are required.
    out.seg("TRN", "1", "0");
    out.seg(
        "STC",
        comp("A1", "19", "PR"),
        null,
        "WQ",
        X12Format.decimal(acceptedAmount.add(rejectedAmount)));
    if (accepted > 0) {
      out.seg("QTY", "QA", Long.toString(accepted));
    }
    if (rejected > 0) {
      out.seg("QTY", "QC", Long.toString(rejected));
    }
    if (accepted > 0) {
      out.seg("AMT", "YU", X12Format.decimal(acceptedAmount));
    }
    if (rejected > 0) {
      out.seg("AMT", "YY", X12Format.decimal(rejectedAmount));
    }
    int hl = 3;
    for (ClaimStatus c : a.claims()) {
      hl++;
      out.seg("HL", Integer.toString(hl), "3", "PT");
      Codecs.nm1Patient(out, c.patientLastName(), c.patientFirstName(), c.memberId());
      out.seg("TRN", "2", c.patientControlNumber());
      out.seg(
          "STC",
          comp(c.statusCategory(), c.statusCode(), c.entityCode()),
          X12Format.date(c.statusDate()),
          c.accepted() ? "WQ" : "U",
          X12Format.decimal(c.totalCharge()),
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          c.message());
      if (c.payerClaimControlNumber() != null) {
        out.seg("REF", "1K", c.payerClaimControlNumber());
      }
      if (c.serviceFrom() != null) {
        out.seg("DTP", "472", "RD8", X12Format.range(c.serviceFrom(), c.serviceTo()));
      }
    }
  }

  private static BigDecimal sum(List<ClaimStatus> claims, boolean accepted) {
    return claims.stream()
        .filter(c -> c.accepted() == accepted)
        .map(c -> c.totalCharge() == null ? BigDecimal.ZERO : c.totalCharge())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  static final class Parser implements MessageParser {
    private final List<X12Message> out = new ArrayList<>();
    private Party source;
    private String receiverTrace;
    private java.time.LocalDate receipt;
    private java.time.LocalDate processed;
    private Party provider;
    private final List<ClaimStatus> claims = new ArrayList<>();
    private String memberId;
    private String lastName;
    private String firstName;
    private String pcn;
    private X12Segment stc;
    private String payerClaim;
    private java.time.LocalDate from;
    private java.time.LocalDate to;

    @Override
    public void segment(X12Segment s, String loop) {
      if (loop == null) {
        return;
      }
      switch (loop) {
        case "2100A" -> source = Codecs.party(s);
        case "2200A" -> {
          if (s.is("DTP") && "050".equals(s.get(1))) {
            receipt = X12Format.parseDate(s.get(3));
          } else if (s.is("DTP") && "009".equals(s.get(1))) {
            processed = X12Format.parseDate(s.get(3));
          }
        }
        case "2200B" -> {
          if (s.is("TRN")) {
            receiverTrace = s.get(2);
          }
        }
        case "2100C" -> provider = Codecs.party(s);
        case "2000D" -> flushClaim();
        case "2100D" -> {
          memberId = s.get(9);
          lastName = s.get(3);
          firstName = s.get(4);
        }
        case "2200D" -> {
          switch (s.id()) {
            case "TRN" -> {
              flushClaim();
              pcn = s.get(2);
            }
            case "STC" -> {
              if (stc == null) {
                stc = s;
              }
            }
            case "REF" -> {
              if ("1K".equals(s.get(1))) {
                payerClaim = s.get(2);
              }
            }
            case "DTP" -> {
              from = X12Format.rangeStart(s.get(3));
              to = X12Format.rangeEnd(s.get(3));
            }
            default -> {}
          }
        }
        default -> {}
      }
    }

    private void flushClaim() {
      if (pcn != null && stc != null) {
        claims.add(
            new ClaimStatus(
                pcn,
                lastName,
                firstName,
                memberId,
                stc.get(1, 1),
                stc.get(1, 2),
                stc.get(1, 3),
                X12Format.parseDate(stc.get(2)),
                X12Format.parseDecimal(stc.get(4)),
                payerClaim,
                stc.get(12),
                from,
                to));
      }
      pcn = null;
      stc = null;
      payerClaim = null;
      from = null;
      to = null;
    }

    @Override
    public List<X12Message> finish() {
      flushClaim();
      out.add(new ClaimAck(source, receiverTrace, receipt, processed, provider, claims));
      return out;
    }
  }
}
