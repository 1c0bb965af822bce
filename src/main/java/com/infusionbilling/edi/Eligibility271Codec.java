package com.infusionbilling.edi;

import static com.infusionbilling.edi.SegmentOut.comp;

import com.infusionbilling.edi.model.Benefit;
import com.infusionbilling.edi.model.EligibilityResponse;
import com.infusionbilling.edi.model.RequestRejection;
import com.infusionbilling.edi.model.X12Message;
import java.util.ArrayList;
import java.util.List;

/** 271 (005010X279A1): one transaction set per response, one subscriber (2000C) each. */
final class Eligibility271Codec implements MessageCodec<EligibilityResponse> {

  @Override
  public X12Transaction transaction() {
    return X12Transaction.ELIGIBILITY_RESPONSE_271;
  }

  @Override
  public void write(SegmentOut out, List<EligibilityResponse> responses, WriteContext ctx) {
    EligibilityResponse r = responses.get(0);
    Codecs.eligibilityHeader(out, ctx, "11", r.payer(), r.provider());
    out.seg("TRN", "2", r.traceNumber(), ctx.parties().originatorId());
    Codecs.nm1Member(out, "IL", r.subscriber());
    for (RequestRejection rej : r.rejections()) {
      out.seg("AAA", "Y", null, rej.reasonCode(), rej.followUpAction());
    }
    Codecs.dmg(out, r.subscriber());
    for (Benefit b : r.benefits()) {
      out.seg(
          "EB",
          b.informationCode(),
          b.coverageLevel(),
          b.serviceTypeCodes().isEmpty() ? null : new SegmentOut.Repeated(b.serviceTypeCodes()),
          b.insuranceType(),
          b.planDescription(),
          b.timePeriod(),
          X12Format.decimal(b.amount()),
          X12Format.decimal(b.percent()),
          null,
          null,
          b.authorizationRequired(),
          b.inNetwork(),
          b.procedureCode() == null ? null : comp("HC", b.procedureCode()));
      for (String m : b.messages()) {
        out.seg("MSG", m);
      }
    }
  }

  static final class Parser implements MessageParser {
    private final List<X12Message> out = new ArrayList<>();
    private final Codecs.SourceAndReceiver parties = new Codecs.SourceAndReceiver();
    private String trace;
    private Codecs.MemberBuilder member;
    private List<RequestRejection> rejections = new ArrayList<>();
    private List<Benefit> benefits = new ArrayList<>();
    private BenefitState benefit;

    @Override
    public void segment(X12Segment s, String loop) {
      if (loop == null) {
        return;
      }
      if (s.is("AAA")) {
        rejections.add(new RequestRejection(loop, s.get(3), s.get(4)));
        return;
      }
      if (parties.segment(s, loop)) {
        return;
      }
      switch (loop) {
        case "2000C" -> {
          if (s.is("HL")) {
            flush();
            member = new Codecs.MemberBuilder();
          } else if (s.is("TRN") && "2".equals(s.get(1)) && trace == null) {
            trace = s.get(2);
          }
        }
        case "2100C" -> {
          member.segment(s);
        }
        case "2110C" -> {
          if (s.is("EB")) {
            flushBenefit();
            benefit = new BenefitState(s);
          } else if (s.is("MSG") && benefit != null) {
            benefit.messages.add(s.get(1));
          }
        }
        default -> {}
      }
    }

    private void flushBenefit() {
      if (benefit != null) {
        X12Segment s = benefit.eb;
        benefits.add(
            new Benefit(
                s.get(1),
                s.get(2),
                s.repetitions(3),
                s.get(4),
                s.get(5),
                s.get(6),
                X12Format.parseDecimal(s.get(7)),
                X12Format.parseDecimal(s.get(8)),
                s.get(11),
                s.get(12),
                "HC".equals(s.get(13, 1)) ? s.get(13, 2) : null,
                benefit.messages));
      }
      benefit = null;
    }

    private void flush() {
      flushBenefit();
      if (member != null) {
        out.add(
            new EligibilityResponse(
                trace, parties.payer, parties.provider, member.build(), rejections, benefits));
        rejections = new ArrayList<>();
        benefits = new ArrayList<>();
      }
      member = null;
      trace = null;
    }

    @Override
    public List<X12Message> finish() {
      flush();
      return out;
    }

    private static final class BenefitState {
      final X12Segment eb;
      final List<String> messages = new ArrayList<>();

      BenefitState(X12Segment eb) {
        this.eb = eb;
      }
    }
  }
}
