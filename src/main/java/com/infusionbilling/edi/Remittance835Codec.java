package com.infusionbilling.edi;

import com.infusionbilling.edi.model.Adjustment;
import com.infusionbilling.edi.model.ClaimPayment;
import com.infusionbilling.edi.model.Party;
import com.infusionbilling.edi.model.ProviderAdjustment;
import com.infusionbilling.edi.model.Remittance;
import com.infusionbilling.edi.model.ServicePayment;
import com.infusionbilling.edi.model.X12Message;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** 835 (005010X221A1): one transaction set per payment (BPR/TRN). */
final class Remittance835Codec implements MessageCodec<Remittance> {

  @Override
  public X12Transaction transaction() {
    return X12Transaction.REMITTANCE_835;
  }

  @Override
  public void write(SegmentOut out, List<Remittance> remittances, WriteContext ctx) {
    Remittance r = remittances.get(0);
    String amount = X12Format.decimal(r.totalPaid());
    String date = X12Format.date(r.paymentDate());
    if ("NON".equals(r.paymentMethod())) {
      out.seg(
          "BPR", "H", amount, "C", "NON", null, null, null, null, null, null, null, null, null,
          null, null, date);
    } else {
      out.seg(
          "BPR",
          "I",
          amount,
          "C",
          r.paymentMethod(),
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          date);
    }
    out.seg("TRN", "1", r.traceNumber(), ctx.parties().originatorId());
    out.seg("DTM", "405", X12Format.date(ctx.date()));
    out.seg("N1", "PR", r.payer().name(), "XV", r.payer().id());
    Codecs.address(out, r.payer().address() == null ? SANDBOX_PAYER_ADDRESS : r.payer().address());
    out.seg("PER", "BL", "EDI SUPPORT", "TE", ctx.parties().contactPhone());
    out.seg("N1", "PE", r.payee().name(), "XX", r.payee().id());
    if (r.payee().taxId() != null) {
      out.seg("REF", "TJ", r.payee().taxId());
    }
    out.seg("LX", "1");
    for (ClaimPayment c : r.claims()) {
      out.seg(
          "CLP",
          c.patientControlNumber(),
          c.statusCode(),
          X12Format.decimal(c.charge()),
          X12Format.decimal(c.paid()),
          X12Format.decimal(c.patientResponsibility()),
          c.claimFilingIndicator(),
          c.payerClaimControlNumber());
      Codecs.cas(out, c.adjustments());
      Codecs.nm1Patient(out, c.patientLastName(), c.patientFirstName(), c.memberId());
      if (!c.remarkCodes().isEmpty()) {
        Object[] moa = new Object[2 + Math.min(5, c.remarkCodes().size())];
        for (int i = 0; i < moa.length - 2; i++) {
          moa[2 + i] = c.remarkCodes().get(i);
        }
        out.seg("MOA", moa);
      }
      for (ServicePayment s : c.services()) {
        out.seg(
            "SVC",
            Codecs.procedure(s.procedureCode(), s.modifiers()),
            X12Format.decimal(s.charge()),
            X12Format.decimal(s.paid()),
            null,
            X12Format.decimal(s.units()));
        if (s.serviceDate() != null) {
          out.seg("DTM", "472", X12Format.date(s.serviceDate()));
        }
        Codecs.cas(out, s.adjustments());
        if (s.lineItemControlNumber() != null) {
          out.seg("REF", "6R", s.lineItemControlNumber());
        }
        if (s.allowed() != null) {
          out.seg("AMT", "B6", X12Format.decimal(s.allowed()));
        }
        for (String rarc : s.remarkCodes()) {
          out.seg("LQ", "HE", rarc);
        }
      }
    }
    plb(out, r.providerAdjustments());
  }

  /**
   * PLB: up to three adjustment pairs per segment (the implementation schema's limit), one segment
   * per provider and fiscal period, in the order given.
   */
  private static void plb(SegmentOut out, List<ProviderAdjustment> adjustments) {
    Map<String, List<ProviderAdjustment>> byProvider = new LinkedHashMap<>();
    for (ProviderAdjustment a : adjustments) {
      byProvider
          .computeIfAbsent(a.providerId() + "|" + a.fiscalPeriodDate(), k -> new ArrayList<>())
          .add(a);
    }
    for (List<ProviderAdjustment> list : byProvider.values()) {
      for (int start = 0; start < list.size(); start += 3) {
        List<ProviderAdjustment> chunk = list.subList(start, Math.min(list.size(), start + 3));
        Object[] els = new Object[2 + chunk.size() * 2];
        els[0] = chunk.get(0).providerId();
        els[1] = X12Format.date(chunk.get(0).fiscalPeriodDate());
        for (int i = 0; i < chunk.size(); i++) {
          ProviderAdjustment a = chunk.get(i);
          els[2 + i * 2] =
              a.reference() == null
                  ? new SegmentOut.Composite(a.reasonCode())
                  : new SegmentOut.Composite(a.reasonCode(), a.reference());
          els[3 + i * 2] = X12Format.decimal(a.amount());
        }
        out.seg("PLB", els);
      }
    }
  }

  private static final com.infusionbilling.edi.model.Address SANDBOX_PAYER_ADDRESS =
      new com.infusionbilling.edi.model.Address("PO BOX 1", null, "SPRINGFIELD", "IL", "62701");

  /** Reads one {@link Remittance} per 835 transaction set. */
  static final class Parser implements MessageParser {
    private String trace;
    private String method;
    private BigDecimal total;
    private LocalDate paymentDate;
    private Codecs.PartyBuilder payer;
    private Codecs.PartyBuilder payee;
    private final List<ClaimPayment> claims = new ArrayList<>();
    private final List<ProviderAdjustment> plbs = new ArrayList<>();
    private X12Segment clp;
    private List<Adjustment> claimAdjustments = new ArrayList<>();
    private List<String> claimRemarks = new ArrayList<>();
    private X12Segment patient;
    private List<ServicePayment> services = new ArrayList<>();
    private X12Segment svc;
    private LocalDate svcDate;
    private String lineControl;
    private BigDecimal allowed;
    private List<Adjustment> svcAdjustments = new ArrayList<>();
    private List<String> svcRemarks = new ArrayList<>();

    @Override
    public void segment(X12Segment s, String loop) {
      if (loop == null) {
        switch (s.id()) {
          case "BPR" -> {
            total = X12Format.parseDecimal(s.get(2));
            method = s.get(4);
            paymentDate = X12Format.parseDate(s.get(16));
          }
          case "TRN" -> trace = s.get(2);
          case "PLB" -> {
            flushClaim();
            readPlb(s);
          }
          default -> {}
        }
        return;
      }
      switch (loop) {
        case "1000A" -> {
          if (s.is("N1")) {
            payer = new Codecs.PartyBuilder(nm1Like(s));
          } else if (s.is("N3")) {
            payer.n3(s);
          } else if (s.is("N4")) {
            payer.n4(s);
          }
        }
        case "1000B" -> {
          if (s.is("N1")) {
            payee = new Codecs.PartyBuilder(nm1Like(s));
          } else if (s.is("REF") && "TJ".equals(s.get(1))) {
            payee.taxId(s.get(2));
          }
        }
        case "2100" -> claimSegment(s);
        case "2110" -> serviceSegment(s);
        default -> {}
      }
    }

    private void readPlb(X12Segment s) {
      LocalDate period = X12Format.parseDate(s.get(2));
      for (int p = 3; p + 1 <= 14; p += 2) {
        String reason = s.get(p, 1);
        if (reason != null) {
          plbs.add(
              new ProviderAdjustment(
                  s.get(1), period, reason, s.get(p, 2), X12Format.parseDecimal(s.get(p + 1))));
        }
      }
    }

    private static X12Segment nm1Like(X12Segment n1) {
      X12Segment nm1 = new X12Segment("NM1");
      nm1.set(1, 0, 0, n1.get(1));
      nm1.set(2, 0, 0, "2");
      nm1.set(3, 0, 0, n1.get(2));
      nm1.set(9, 0, 0, n1.get(4));
      return nm1;
    }

    private void claimSegment(X12Segment s) {
      switch (s.id()) {
        case "CLP" -> {
          flushClaim();
          clp = s;
        }
        case "CAS" -> Codecs.readCas(s, claimAdjustments);
        case "NM1" -> {
          if ("QC".equals(s.get(1))) {
            patient = s;
          }
        }
        case "MOA" -> {
          for (int i = 3; i <= 7; i++) {
            if (s.get(i) != null) {
              claimRemarks.add(s.get(i));
            }
          }
        }
        default -> {}
      }
    }

    private void serviceSegment(X12Segment s) {
      switch (s.id()) {
        case "SVC" -> {
          flushService();
          svc = s;
        }
        case "DTM" -> {
          if ("472".equals(s.get(1)) || "150".equals(s.get(1))) {
            svcDate = X12Format.parseDate(s.get(2));
          }
        }
        case "CAS" -> Codecs.readCas(s, svcAdjustments);
        case "REF" -> {
          if ("6R".equals(s.get(1))) {
            lineControl = s.get(2);
          }
        }
        case "AMT" -> {
          if ("B6".equals(s.get(1))) {
            allowed = X12Format.parseDecimal(s.get(2));
          }
        }
        case "LQ" -> {
          if ("HE".equals(s.get(1))) {
            svcRemarks.add(s.get(2));
          }
        }
        default -> {}
      }
    }

    private void flushService() {
      if (svc != null) {
        List<String> modifiers = Codecs.modifiers(svc, 1);
        services.add(
            new ServicePayment(
                svc.get(1, 2),
                modifiers,
                X12Format.parseDecimal(svc.get(2)),
                X12Format.parseDecimal(svc.get(3)),
                X12Format.parseDecimal(svc.get(5)),
                svcDate,
                lineControl,
                allowed,
                svcAdjustments,
                svcRemarks));
      }
      svc = null;
      svcDate = null;
      lineControl = null;
      allowed = null;
      svcAdjustments = new ArrayList<>();
      svcRemarks = new ArrayList<>();
    }

    private void flushClaim() {
      flushService();
      if (clp != null) {
        claims.add(
            new ClaimPayment(
                clp.get(1),
                clp.get(2),
                X12Format.parseDecimal(clp.get(3)),
                X12Format.parseDecimal(clp.get(4)),
                X12Format.parseDecimal(clp.get(5)),
                clp.get(6),
                clp.get(7),
                patient == null ? null : patient.get(9),
                patient == null ? null : patient.get(3),
                patient == null ? null : patient.get(4),
                claimAdjustments,
                claimRemarks,
                services));
      }
      clp = null;
      patient = null;
      claimAdjustments = new ArrayList<>();
      claimRemarks = new ArrayList<>();
      services = new ArrayList<>();
    }

    @Override
    public List<X12Message> finish() {
      flushClaim();
      Party payerParty = payer == null ? null : payer.build();
      Party payeeParty = payee == null ? null : payee.build();
      return List.of(
          new Remittance(trace, method, total, paymentDate, payerParty, payeeParty, claims, plbs));
    }
  }
}
