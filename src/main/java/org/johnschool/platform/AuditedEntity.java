package org.johnschool.platform;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;

/** Created and modified stamps and optimistic locking for every domain entity; Envers records who and what. */
@MappedSuperclass
public abstract class AuditedEntity {

  @Version
  @Column(nullable = false)
  private int version;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "modified_at", nullable = false)
  private Instant modifiedAt;

  @PrePersist
  void stampCreation() {
    createdAt = Instant.now();
    modifiedAt = createdAt;
  }

  @PreUpdate
  void stampModification() {
    modifiedAt = Instant.now();
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getModifiedAt() {
    return modifiedAt;
  }

  public int getVersion() {
    return version;
  }
}
