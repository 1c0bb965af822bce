package com.infusionbilling.edi;

import com.infusionbilling.edi.model.X12Message;
import java.util.List;

/** Builds typed messages from the segments of one transaction set. */
interface MessageParser {

  void segment(X12Segment segment, String loop);

  /** Called after SE when the transaction set validated; returns its messages in file order. */
  List<X12Message> finish();
}
