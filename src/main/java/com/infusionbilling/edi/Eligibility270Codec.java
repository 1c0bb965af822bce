package com.infusionbilling.edi;

import static com.infusionbilling.edi.SegmentOut.comp;

import com.infusionbilling.edi.model.EligibilityInquiry;
import com.infusionbilling.edi.model.X12Message;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** 270 (005010X279A1): one transaction set per inquiry, one subscriber (2000C) each. */
final class Eligibility270Codec implements MessageCodec<EligibilityInquiry> {

  @Override
  public X12Transaction transaction() {
    return X12Transaction.ELIGIBILITY_INQUIRY_270;
  }

  @Override
  public void write(SegmentOut out, List<EligibilityInquiry> inquiries, WriteContext ctx) {
    EligibilityInquiry q = inquiries.get(0);
    Codecs.eligibilityHeader(out, ctx, "13", q.payer(), q.provider());
    out.seg("TRN", "1", q.traceNumber(), ctx.parties().originatorId());
    Codecs.nm1Member(out, "IL", q.subscriber());
    Codecs.dmg(out, q.subscriber());
    if (q.serviceDate() != null) {
      out.seg("DTP", "291", "D8", X12Format.date(q.serviceDate()));
    }
    if (!q.serviceTypeCodes().isEmpty()) {
      out.seg("EQ", new SegmentOut.Repeated(q.serviceTypeCodes()));
    }
    for (String procedure : q.procedureCodes()) {
      out.seg("EQ", null, comp("HC", procedure));
    }
  }

  static final class Parser implements MessageParser {
    private final List<X12Message> out = new ArrayList<>();
    private final Codecs.SourceAndReceiver parties = new Codecs.SourceAndReceiver();
    private String trace;
    private Codecs.MemberBuilder member;
    private LocalDate date;
    private List<String> serviceTypes = new ArrayList<>();
    private List<String> procedures = new ArrayList<>();

    @Override
    public void segment(X12Segment s, String loop) {
      if (loop == null || parties.segment(s, loop)) {
        return;
      }
      switch (loop) {
        case "2000C" -> {
          if (s.is("HL")) {
            flush();
            member = new Codecs.MemberBuilder();
          } else if (s.is("TRN") && trace == null) {
            trace = s.get(2);
          }
        }
        case "2100C" -> {
          if (s.is("DTP")) {
            date = X12Format.rangeStart(s.get(3));
          } else {
            member.segment(s);
          }
        }
        case "2110C" -> {
          if (s.is("EQ")) {
            serviceTypes.addAll(s.repetitions(1));
            if ("HC".equals(s.get(2, 1))) {
              procedures.add(s.get(2, 2));
            }
          } else if (s.is("DTP") && date == null) {
            date = X12Format.rangeStart(s.get(3));
          }
        }
        default -> {}
      }
    }

    private void flush() {
      if (member != null) {
        out.add(
            new EligibilityInquiry(
                trace,
                parties.payer,
                parties.provider,
                member.build(),
                date,
                serviceTypes,
                procedures));
      }
      member = null;
      trace = null;
      date = null;
      serviceTypes = new ArrayList<>();
      procedures = new ArrayList<>();
    }

    @Override
    public List<X12Message> finish() {
      flush();
      return out;
    }
  }
}
