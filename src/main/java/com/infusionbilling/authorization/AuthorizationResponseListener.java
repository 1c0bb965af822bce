package com.infusionbilling.authorization;

import com.infusionbilling.clearinghouse.ClearinghouseMessageReceived;
import com.infusionbilling.edi.model.AuthorizationResponse;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Hands every 278 response the clearinghouse delivers to the request that sent its 278. */
@Component
public class AuthorizationResponseListener {
  private final PriorAuthorizationService authorizations;

  public AuthorizationResponseListener(PriorAuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  @EventListener
  public void on(ClearinghouseMessageReceived received) {
    if (received.message() instanceof AuthorizationResponse response) {
      authorizations.recordResponse(response);
    }
  }
}
