package com.infusionbilling.edi;

import static com.infusionbilling.edi.SegmentOut.comp;

import com.infusionbilling.edi.model.FunctionalAck;
import com.infusionbilling.edi.model.FunctionalAck.ElementNote;
import com.infusionbilling.edi.model.FunctionalAck.SegmentNote;
import com.infusionbilling.edi.model.FunctionalAck.TransactionSetAck;
import com.infusionbilling.edi.model.X12Message;
import java.util.ArrayList;
import java.util.List;

/** 999 (005010X231A1): one transaction set per acknowledged functional group. */
final class Ack999Codec implements MessageCodec<FunctionalAck> {

  @Override
  public X12Transaction transaction() {
    return X12Transaction.IMPLEMENTATION_ACK_999;
  }

  @Override
  public void write(SegmentOut out, List<FunctionalAck> acks, WriteContext ctx) {
    FunctionalAck a = acks.get(0);
    out.seg("AK1", a.functionalId(), a.groupControlNumber(), a.version());
    for (TransactionSetAck t : a.transactionSets()) {
      out.seg("AK2", t.transactionSetId(), t.controlNumber(), t.implementationReference());
      for (SegmentNote s : t.segmentErrors()) {
        out.seg(
            "IK3",
            s.segmentId(),
            Integer.toString(s.position()),
            s.loop() == null ? null : s.loop().substring(0, Math.min(4, s.loop().length())),
            s.errorCode());
        for (ElementNote e : s.elements()) {
          out.seg(
              "IK4",
              comp(
                  Integer.toString(e.position()),
                  e.component() > 0 ? Integer.toString(e.component()) : null),
              e.dataElementReference(),
              e.errorCode());
        }
      }
      Object[] ik5 = new Object[1 + Math.min(5, t.errorCodes().size())];
      ik5[0] = t.status();
      for (int i = 1; i < ik5.length; i++) {
        ik5[i] = t.errorCodes().get(i - 1);
      }
      out.seg("IK5", ik5);
    }
    out.seg(
        "AK9",
        a.status(),
        Integer.toString(a.transactionSetsIncluded()),
        Integer.toString(a.transactionSetsReceived()),
        Integer.toString(a.transactionSetsAccepted()));
  }

  static final class Parser implements MessageParser {
    private final List<X12Message> out = new ArrayList<>();
    private String functionalId;
    private String group;
    private String version;
    private final List<TransactionSetAck> sets = new ArrayList<>();
    private X12Segment ak2;
    private List<SegmentNote> segments = new ArrayList<>();
    private X12Segment ik3;
    private List<ElementNote> elements = new ArrayList<>();

    @Override
    public void segment(X12Segment s, String loop) {
      switch (s.id()) {
        case "AK1" -> {
          functionalId = s.get(1);
          group = s.get(2);
          version = s.get(3);
        }
        case "AK2" -> {
          ak2 = s;
          segments = new ArrayList<>();
        }
        case "IK3" -> {
          flushIk3();
          ik3 = s;
        }
        case "IK4" -> {
          String comp = s.get(1, 2);
          elements.add(
              new ElementNote(
                  Integer.parseInt(s.get(1, 1)),
                  comp == null ? 0 : Integer.parseInt(comp),
                  s.get(2),
                  s.get(3)));
        }
        case "IK5" -> {
          flushIk3();
          List<String> codes = new ArrayList<>();
          for (int i = 2; i <= s.size(); i++) {
            if (s.get(i) != null) {
              codes.add(s.get(i));
            }
          }
          sets.add(
              new TransactionSetAck(ak2.get(1), ak2.get(2), ak2.get(3), s.get(1), codes, segments));
          segments = new ArrayList<>();
        }
        case "AK9" ->
            out.add(
                new FunctionalAck(
                    functionalId,
                    group,
                    version,
                    s.get(1),
                    Integer.parseInt(s.get(2)),
                    Integer.parseInt(s.get(3)),
                    Integer.parseInt(s.get(4)),
                    sets));
        default -> {}
      }
    }

    private void flushIk3() {
      if (ik3 != null) {
        segments.add(
            new SegmentNote(
                ik3.get(1), Integer.parseInt(ik3.get(2)), ik3.get(3), ik3.get(4), elements));
      }
      ik3 = null;
      elements = new ArrayList<>();
    }

    @Override
    public List<X12Message> finish() {
      return out;
    }
  }
}
