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

/**
 * 278 (005010X217) request and response: one patient event (2000E) per transaction set. The guide's
 * rules this codec follows (docs/x12.md, "278"): a response returns the request's BHT03 and carries
 * BHT06 (18 final, 19 when more follows: a pended review); its TRN*2 echoes the requester's TRN02
 * and TRN03; the service level (2000F) repeats no UM that equals the patient event's; a partial
 * approval is A2 at the patient event and A6 (modified) at the service; institutional services are
 * SV2 with a revenue code under UM04 qualifier A, professional ones SV1 under B.
 */
final class ServicesReview278Codec {

  private ServicesReview278Codec() {}

  private static void header(
      SegmentOut out,
      String purpose,
      String reference,
      String transactionType,
      MessageCodec.WriteContext ctx,
      Party payer,
      Party requester,
      Member m) {
    out.seg(
        "BHT",
        "0007",
        purpose,
        reference,
        X12Format.date(ctx.date()),
        X12Format.time(ctx.time()),
        transactionType);
    out.seg("HL", "1", null, "20", "1");
    Codecs.nm1(out, "X3", payer, "PI");
    out.seg("HL", "2", "1", "21", "1");
    Codecs.nm1(out, "1P", requester, "XX");
    out.seg("HL", "3", "2", "22", "1");
    Codecs.nm1Member(out, "IL", m);
    Codecs.dmg(out, m);
  }

  /** UM04: the facility type (qualifier A) or the place of service (qualifier B). */
  private static Object location(String placeOfService, String facilityTypeCode) {
    if (facilityTypeCode != null) {
      return comp(facilityTypeCode, "A");
    }
    return placeOfService == null ? null : comp(placeOfService, "B");
  }

  /** SV2 (revenue code, procedure, UN units) for institutional services, else SV1. */
  private static void service(
      SegmentOut out,
      String revenueCode,
      String procedure,
      List<String> modifiers,
      BigDecimal units) {
    if (revenueCode != null) {
      out.seg(
          "SV2",
          revenueCode,
          Codecs.procedure(procedure, modifiers),
          null,
          "UN",
          X12Format.decimal(units));
    } else {
      out.seg("SV1", Codecs.procedure(procedure, modifiers), null, "UN", X12Format.decimal(units));
    }
  }

  /** Writes {@link AuthorizationRequest}s (BHT02 = 13; BHT06 is not used in a request). */
  static final class RequestCodec implements MessageCodec<AuthorizationRequest> {
    @Override
    public X12Transaction transaction() {
      return X12Transaction.SERVICES_REVIEW_278;
    }

    @Override
    public void write(SegmentOut out, List<AuthorizationRequest> requests, WriteContext ctx) {
      AuthorizationRequest r = requests.get(0);
      header(out, "13", ctx.reference(), null, ctx, r.payer(), r.requester(), r.subscriber());
      out.seg("HL", "4", "3", "EV", "1");
      out.seg("TRN", "1", r.traceNumber(), ctx.parties().originatorId());
      out.seg(
          "UM",
          "HS",
          r.certificationType(),
          r.serviceTypeCode(),
          location(r.placeOfService(), r.facilityTypeCode()),
          null,
          r.levelOfService());
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
        // no service-level UM: it would repeat the patient event's (2000F UM is situational,
        // "required when the service level information differs from the patient event")
        out.seg("DTP", "472", "RD8", X12Format.range(s.from(), s.to()));
        service(out, s.revenueCode(), s.procedureCode(), s.modifiers(), s.units());
        if (s.messageText() != null) {
          // 2000F MSG (Message Text): what the reviewer must read with this service, here a
          // requested site-of-care exception and its reason
          out.seg("MSG", s.messageText());
        }
      }
    }
  }

  /**
   * Writes {@link AuthorizationResponse}s (BHT02 = 11): BHT03 returns the request's, BHT06 says
   * whether more follows, TRN*2 echoes the requester's trace.
   */
  static final class ResponseCodec implements MessageCodec<AuthorizationResponse> {
    @Override
    public X12Transaction transaction() {
      return X12Transaction.SERVICES_REVIEW_278;
    }

    @Override
    public void write(SegmentOut out, List<AuthorizationResponse> responses, WriteContext ctx) {
      AuthorizationResponse r = responses.get(0);
      AuthorizationResponse.RequestEcho echo =
          r.echo() != null
              ? r.echo()
              : new AuthorizationResponse.RequestEcho(null, null, "I", "1", null, null);
      header(
          out,
          "11",
          echo.submitterReference() != null ? echo.submitterReference() : ctx.reference(),
          r.transactionTypeCode(),
          ctx,
          r.payer(),
          r.requester(),
          r.subscriber());
      out.seg("HL", "4", "3", "EV", r.services().isEmpty() ? "0" : "1");
      out.seg(
          "TRN",
          "2",
          r.traceNumber(),
          echo.traceOriginator() != null ? echo.traceOriginator() : ctx.parties().originatorId());
      out.seg(
          "UM",
          "HS",
          echo.certificationType() == null ? "I" : echo.certificationType(),
          echo.serviceTypeCode() == null ? "1" : echo.serviceTypeCode(),
          location(echo.placeOfService(), echo.facilityTypeCode()));
      out.seg("HCR", r.decision().code(), r.certificationNumber(), r.reasonCode());
      if (r.administrativeReference() != null) {
        out.seg("REF", "NT", r.administrativeReference());
      }
      int hl = 4;
      for (ServiceDecision s : r.services()) {
        hl++;
        out.seg("HL", Integer.toString(hl), "4", "SS", "0");
        out.seg("HCR", s.decision().code(), s.certificationNumber(), s.reasonCode());
        if (s.from() != null) {
          out.seg("DTP", "472", "RD8", X12Format.range(s.from(), s.to()));
        }
        service(out, s.revenueCode(), s.procedureCode(), List.of(), s.requestedUnits());
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
    private String reference;
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
          reference = s.get(3);
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
          // a request's TRN*1 is its trace; a response echoes it as TRN*2 (its own TRN*1, when a
          // payer adds one, is the payer's trace)
          if (event.trace == null || "2".equals(s.get(1))) {
            event.trace = s.get(2);
            event.traceOriginator = s.get(3);
          }
        }
        case "UM" -> {
          event.certificationType = s.get(2);
          event.serviceType = s.get(3);
          if ("A".equals(s.get(4, 2))) {
            event.facilityType = s.get(4, 1);
          } else {
            event.placeOfService = s.get(4, 1);
          }
          event.levelOfService = s.get(6);
        }
        case "REF" -> {
          if ("NT".equals(s.get(1))) {
            event.administrativeReference = s.get(2);
          }
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
          service.revenueCode = s.get(1);
          service.procedure = s.get(2, 2);
          service.modifiers.addAll(Codecs.modifiers(s, 2));
          service.units = X12Format.parseDecimal(s.get(5));
        }
        case "HSD" -> service.approved = X12Format.parseDecimal(s.get(2));
        case "MSG" -> service.message = s.get(1);
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
                  s.to,
                  s.revenueCode));
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
                decisions,
                new AuthorizationResponse.RequestEcho(
                    reference,
                    event.traceOriginator,
                    event.certificationType,
                    event.serviceType,
                    event.placeOfService,
                    event.facilityType),
                event.administrativeReference));
      } else {
        List<RequestedService> services = new ArrayList<>();
        for (ServiceState s : event.services) {
          services.add(
              new RequestedService(
                  s.procedure, s.modifiers, s.units, s.from, s.to, s.revenueCode, s.message));
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
                services,
                event.facilityType,
                event.levelOfService,
                reference,
                event.traceOriginator));
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
      String facilityType;
      String levelOfService;
      String traceOriginator;
      String administrativeReference;
      String decision;
      String certificationNumber;
      String reason;
      Party servicing;
      final List<String> diagnoses = new ArrayList<>();
      final List<ServiceState> services = new ArrayList<>();
    }

    private static final class ServiceState {
      String message;
      String procedure;
      String revenueCode;
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
