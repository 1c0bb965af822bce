package com.infusionbilling.runtime.rest;

import com.infusionbilling.runtime.command.BroadcastSignal;
import com.infusionbilling.runtime.command.SignalCommands;
import io.camunda.client.protocol.rest.SignalBroadcastRequest;
import io.camunda.client.protocol.rest.SignalBroadcastResult;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Signal broadcast in the REST API v2. */
@RestController
@RequestMapping("/v2")
public class SignalController {

  private final SignalCommands signals;

  public SignalController(SignalCommands signals) {
    this.signals = signals;
  }

  @PostMapping("/signals/broadcast")
  public SignalBroadcastResult broadcast(@RequestBody SignalBroadcastRequest request) {
    SignalCommands.Broadcast broadcast =
        signals.broadcast(
            new BroadcastSignal(
                request.getSignalName(), request.getVariables(), request.getTenantId()));
    return new SignalBroadcastResult()
        .signalKey(String.valueOf(broadcast.signalKey()))
        .tenantId(broadcast.tenantId());
  }
}
