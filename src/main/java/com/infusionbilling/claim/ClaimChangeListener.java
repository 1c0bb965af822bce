package com.infusionbilling.claim;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.springframework.context.ApplicationEventPublisher;

/**
 * JPA entity listener of {@link Claim}, {@link ClaimLine} and {@link ClaimAcknowledgement}:
 * publishes {@link ClaimChanged} for every row written, whichever service wrote it, inside the
 * writing transaction (listeners run synchronously). Created by Spring through Hibernate's bean
 * container.
 */
public class ClaimChangeListener {
  private final ApplicationEventPublisher events;

  public ClaimChangeListener(ApplicationEventPublisher events) {
    this.events = events;
  }

  @PostPersist
  @PostUpdate
  @PostRemove
  void written(Object row) {
    Long claimId = null;
    if (row instanceof Claim c) {
      claimId = c.getId();
    } else if (row instanceof ClaimLine l) {
      claimId = l.getClaimId();
    } else if (row instanceof ClaimAcknowledgement a) {
      claimId = a.getClaimId();
    }
    if (claimId != null) {
      events.publishEvent(new ClaimChanged(claimId));
    }
  }
}
