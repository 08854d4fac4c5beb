package org.johnschool.platform;

import jakarta.inject.Inject;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Clock;

/** Stamps an {@link AuditedEntity}'s created and modified times from the application's one clock (CDI injects it). */
public class Stamps {

  @Inject Clock clock;

  @PrePersist
  void stampCreation(AuditedEntity entity) {
    entity.created(clock.instant());
  }

  @PreUpdate
  void stampModification(AuditedEntity entity) {
    entity.modified(clock.instant());
  }
}
