package com.infusionbilling.edi;

import static com.infusionbilling.edi.SegmentOut.comp;

import com.infusionbilling.edi.model.AuthorizationDecision;
import com.infusionbilling.edi.model.AuthorizationRequest;
import com.infusionbilling.edi.model.AuthorizationResponse;
import com.infusionbilling.edi.model.Member;
import com.infusionbilling.edi.model.Party;
import com.infusionbilling.edi.model.RequestedService;
import com.infusionbilling.edi.model.ServiceDecision;
import com.infusionbilling.edi.model.X12Message;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** 278 (005010X217) request and response: one patient event (2000E) per transaction set. */
final class ServicesReview278Codec {

  private ServicesReview278Codec() {}

  private static void header(
      SegmentOut out,
      MessageCodec.WriteContext ctx,
      String purpose,
      Party payer,
      Party requester,
      Member m) {
    out.seg(
        "BHT",
        "0007",
        purpose,
        ctx.reference(),
        X12Format.date(ctx.date()),
        X12Format.time(ctx.time()));
    out.seg("HL", "1", null, "20", "1");
    Codecs.nm1(out, "X3", payer, "PI");
    out.seg("HL", "2", "1", "21", "1");
    Codecs.nm1(out, "1P", requester, "XX");
    out.seg("HL", "3", "2", "22", "1");
    Codecs.nm1Member(out, "IL", m);
    Codecs.dmg(out, m);
  }

  /** Writes {@link AuthorizationRequest}s (BHT02 = 13). */
  static final class RequestCodec implements MessageCodec<AuthorizationRequest> {
    @Override
    public X12Transaction transaction() {
      return X12Transaction.SERVICES_REVIEW_278;
    }

    @Override
    public void write(SegmentOut out, List<AuthorizationRequest> requests, WriteContext ctx) {
      AuthorizationRequest r = requests.get(0);
      header(out, ctx, "13", r.payer(), r.requester(), r.subscriber());
      out.seg("HL", "4", "3", "EV", "1");
      out.seg("TRN", "1", r.traceNumber(), ctx.parties().originatorId());
      out.seg(
          "UM",
          "HS",
          r.certificationType(),
          r.serviceTypeCode(),
          r.placeOfService() == null ? null : comp(r.placeOfService(), "B"));
      RequestedService first = r.services().get(0);
      if (first.from() != null) {
        // event date: the span of the requested course of therapy
        out.seg("DTP", "AAH", "RD8", X12Format.range(first.from(), first.to()));
      }
      if (!r.diagnosisCodes().isEmpty()) {
        Object[] hi = new Object[Math.min(12, r.diagnosisCodes().size())];
        for (int i = 0; i < hi.length; i++) {
          hi[i] = Codecs.diagnosisComposite(i == 0 ? "ABK" : "ABF", r.diagnosisCodes().get(i));
        }
        out.seg("HI", hi);
      }
      if (r.servicingProvider() != null) {
        Codecs.nm1(out, "SJ", r.servicingProvider(), "XX");
      }
      int hl = 4;
      for (RequestedService s : r.services()) {
        hl++;
        out.seg("HL", Integer.toString(hl), "4", "SS", "0");
        out.seg("UM", "HS", r.certificationType(), r.serviceTypeCode());
        out.seg("DTP", "472", "RD8", X12Format.range(s.from(), s.to()));
        out.seg(
            "SV1",
            Codecs.procedure(s.procedureCode(), s.modifiers()),
            null,
            "UN",
            X12Format.decimal(s.units()));
      }
    }
  }

  /** Writes {@link AuthorizationResponse}s (BHT02 = 11). */
  static final class ResponseCodec implements MessageCodec<AuthorizationResponse> {
    @Override
    public X12Transaction transaction() {
      return X12Transaction.SERVICES_REVIEW_278;
    }

    @Override
    public void write(SegmentOut out, List<AuthorizationResponse> responses, WriteContext ctx) {
      AuthorizationResponse r = responses.get(0);
      header(out, ctx, "11", r.payer(), r.requester(), r.subscriber());
      out.seg("HL", "4", "3", "EV", r.services().isEmpty() ? "0" : "1");
      out.seg("TRN", "2", r.traceNumber(), ctx.parties().originatorId());
      out.seg("UM", "HS", "I", "1");
      out.seg("HCR", r.decision().code(), r.certificationNumber(), r.reasonCode());
      int hl = 4;
      for (ServiceDecision s : r.services()) {
        hl++;
        out.seg("HL", Integer.toString(hl), "4", "SS", "0");
        out.seg("UM", "HS", "I", "1");
        out.seg("HCR", s.decision().code(), s.certificationNumber(), s.reasonCode());
        if (s.from() != null) {
          out.seg("DTP", "472", "RD8", X12Format.range(s.from(), s.to()));
        }
        out.seg(
            "SV1",
            Codecs.procedure(s.procedureCode(), List.of()),
            null,
            "UN",
            X12Format.decimal(s.requestedUnits()));
        if (s.approvedUnits() != null) {
          out.seg("HSD", "FL", X12Format.decimal(s.approvedUnits()));
        }
      }
    }
  }

  /** Reads 278 requests (BHT02 = 13) and responses (BHT02 = 11). */
  static final class Parser implements MessageParser {
    private final List<X12Message> out = new ArrayList<>();
    private boolean response;
    private Party payer;
    private Party requester;
    private Codecs.MemberBuilder member;
    private EventState event;
    private ServiceState service;

    @Override
    public void segment(X12Segment s, String loop) {
      if (loop == null) {
        if (s.is("BHT")) {
          response = "11".equals(s.get(2));
        }
        return;
      }
      switch (loop) {
        case "2010A" -> {
          if (s.is("NM1")) {
            payer = Codecs.party(s);
          }
        }
        case "2010B" -> {
          if (s.is("NM1")) {
            requester = Codecs.party(s);
          }
        }
        case "2000C" -> {
          if (s.is("HL")) {
            flushEvent();
            member = new Codecs.MemberBuilder();
          }
        }
        case "2010C" -> {
          member.segment(s);
        }
        case "2000E" -> eventSegment(s);
        case "2010EA" -> {
          if (s.is("NM1") && "SJ".equals(s.get(1))) {
            event.servicing = Codecs.party(s);
          }
        }
        case "2000F" -> serviceSegment(s);
        default -> {}
      }
    }

    private void eventSegment(X12Segment s) {
      switch (s.id()) {
        case "HL" -> {
          flushEvent();
          event = new EventState();
        }
        case "TRN" -> {
          if (event.trace == null || "2".equals(s.get(1))) {
            event.trace = s.get(2);
          }
        }
        case "UM" -> {
          event.certificationType = s.get(2);
          event.serviceType = s.get(3);
          event.placeOfService = s.get(4, 1);
        }
        case "HCR" -> {
          event.decision = s.get(1);
          event.certificationNumber = s.get(2);
          event.reason = s.get(3);
        }
        case "HI" -> {
          for (int i = 1; i <= s.size(); i++) {
            if (s.get(i, 2) != null) {
              event.diagnoses.add(s.get(i, 2));
            }
          }
        }
        default -> {}
      }
    }

    private void serviceSegment(X12Segment s) {
      switch (s.id()) {
        case "HL" -> {
          flushService();
          service = new ServiceState();
        }
        case "HCR" -> {
          service.decision = s.get(1);
          service.certificationNumber = s.get(2);
          service.reason = s.get(3);
        }
        case "DTP" -> {
          service.from = X12Format.rangeStart(s.get(3));
          service.to = X12Format.rangeEnd(s.get(3));
        }
        case "SV1" -> {
          service.procedure = s.get(1, 2);
          service.modifiers.addAll(Codecs.modifiers(s, 1));
          service.units = X12Format.parseDecimal(s.get(4));
        }
        case "SV2" -> {
          service.procedure = s.get(2, 2);
          service.units = X12Format.parseDecimal(s.get(5));
        }
        case "HSD" -> service.approved = X12Format.parseDecimal(s.get(2));
        default -> {}
      }
    }

    private void flushService() {
      if (service != null && event != null) {
        event.services.add(service);
      }
      service = null;
    }

    private void flushEvent() {
      flushService();
      if (event == null) {
        return;
      }
      Member m = member == null ? null : member.build();
      if (response) {
        List<ServiceDecision> decisions = new ArrayList<>();
        for (ServiceState s : event.services) {
          decisions.add(
              new ServiceDecision(
                  s.procedure,
                  s.decision == null ? null : AuthorizationDecision.of(s.decision),
                  s.certificationNumber,
                  s.reason,
                  s.units,
                  s.approved,
                  s.from,
                  s.to));
        }
        out.add(
            new AuthorizationResponse(
                event.trace,
                payer,
                requester,
                m,
                event.decision == null ? null : AuthorizationDecision.of(event.decision),
                event.certificationNumber,
                event.reason,
                decisions));
      } else {
        List<RequestedService> services = new ArrayList<>();
        for (ServiceState s : event.services) {
          services.add(new RequestedService(s.procedure, s.modifiers, s.units, s.from, s.to));
        }
        out.add(
            new AuthorizationRequest(
                event.trace,
                event.certificationType,
                event.serviceType,
                event.placeOfService,
                payer,
                requester,
                m,
                event.diagnoses,
                event.servicing,
                services));
      }
      event = null;
    }

    @Override
    public List<X12Message> finish() {
      flushEvent();
      return out;
    }

    private static final class EventState {
      String trace;
      String certificationType;
      String serviceType;
      String placeOfService;
      String decision;
      String certificationNumber;
      String reason;
      Party servicing;
      final List<String> diagnoses = new ArrayList<>();
      final List<ServiceState> services = new ArrayList<>();
    }

    private static final class ServiceState {
      String procedure;
      final List<String> modifiers = new ArrayList<>();
      BigDecimal units;
      BigDecimal approved;
      String decision;
      String certificationNumber;
      String reason;
      LocalDate from;
      LocalDate to;
    }
  }
}
