package com.infusionbilling.remittance;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.springframework.context.ApplicationEventPublisher;

/**
 * JPA entity listener of {@link RemittanceClaim}, {@link RemittanceLine} and {@link
 * RemittanceAdjustment}: publishes {@link RemittanceClaimChanged} for every row written, inside the
 * writing transaction (twice for a claim payment re-matched to another claim: once for each).
 * Created by Spring through Hibernate's bean container.
 */
public class RemittanceChangeListener {
  private final ApplicationEventPublisher events;

  public RemittanceChangeListener(ApplicationEventPublisher events) {
    this.events = events;
  }

  @PostPersist
  @PostUpdate
  @PostRemove
  void written(Object row) {
    RemittanceClaimChanged change = null;
    if (row instanceof RemittanceClaim c) {
      change = new RemittanceClaimChanged(c.getId(), c.getClaimId());
      if (c.previousClaimId() != null) {
        // re-matched: the claim it leaves changes too
        events.publishEvent(new RemittanceClaimChanged(c.getId(), c.previousClaimId()));
      }
    } else if (row instanceof RemittanceLine l) {
      change = new RemittanceClaimChanged(l.getRemittanceClaimId(), null);
    } else if (row instanceof RemittanceAdjustment a) {
      change = new RemittanceClaimChanged(a.getRemittanceClaimId(), null);
    }
    if (change != null) {
      events.publishEvent(change);
    }
  }
}
