package com.infusionbilling.clearinghouse;

import com.infusionbilling.edi.model.X12Message;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;

/** Collects what the gateway publishes, as another package's listener would receive it. */
public class RecordingListener {

  public final List<ClearinghouseMessageReceived> received = new CopyOnWriteArrayList<>();
  public final List<BatchAcknowledged> acknowledged = new CopyOnWriteArrayList<>();
  public volatile RuntimeException failNext;

  @EventListener
  void on(ClearinghouseMessageReceived e) {
    RuntimeException f = failNext;
    if (f != null) {
      failNext = null;
      throw f;
    }
    received.add(e);
  }

  @EventListener
  void on(BatchAcknowledged e) {
    acknowledged.add(e);
  }

  public <T extends X12Message> List<T> messages(Class<T> type) {
    return received.stream()
        .map(ClearinghouseMessageReceived::message)
        .filter(type::isInstance)
        .map(type::cast)
        .toList();
  }

  public void clear() {
    received.clear();
    acknowledged.clear();
  }
}
