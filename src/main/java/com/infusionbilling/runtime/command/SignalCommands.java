package com.infusionbilling.runtime.command;

import com.infusionbilling.runtime.events.EventRouter;
import com.infusionbilling.runtime.events.SignalBroadcaster;
import java.util.function.LongSupplier;

/** Signal broadcast of the REST API and the gRPC gateway, in one transaction. */
public final class SignalCommands {

  /** A broadcast signal. */
  public record Broadcast(long signalKey, String tenantId) {}

  private final EventRouter router;
  private final SignalBroadcaster signals;
  private final LongSupplier keys;

  private final Tenants tenants;

  public SignalCommands(
      EventRouter router, SignalBroadcaster signals, LongSupplier keys, Tenants tenants) {
    this.tenants = tenants;
    this.router = router;
    this.signals = signals;
    this.keys = keys;
  }

  public Broadcast broadcast(BroadcastSignal command) {
    String tenant = tenants.resolve(command.tenantId());
    long key =
        router.inTransaction(
            batch -> {
              signals.broadcast(batch, command.signalName(), command.variables(), tenant);
              return keys.getAsLong();
            });
    return new Broadcast(key, tenant);
  }
}
