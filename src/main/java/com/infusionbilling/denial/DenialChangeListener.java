package com.infusionbilling.denial;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.springframework.context.ApplicationEventPublisher;

/**
 * JPA entity listener of {@link Denial} and {@link WriteOff}: publishes {@link DenialChanged} for
 * every row written, inside the writing transaction. Created by Spring through Hibernate's bean
 * container.
 */
public class DenialChangeListener {
  private final ApplicationEventPublisher events;

  public DenialChangeListener(ApplicationEventPublisher events) {
    this.events = events;
  }

  @PostPersist
  @PostUpdate
  @PostRemove
  void written(Object row) {
    if (row instanceof Denial d) {
      events.publishEvent(new DenialChanged(d.getClaimId()));
    } else if (row instanceof WriteOff w) {
      events.publishEvent(new DenialChanged(w.getClaimId()));
    }
  }
}
