package org.johnschool.platform;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Created and modified stamps and optimistic locking for every domain entity; Envers records who and what. The stamps
 * come from the application's clock ({@link Stamps}).
 */
@MappedSuperclass
@EntityListeners(Stamps.class)
public abstract class AuditedEntity {

  @Version
  @Column(nullable = false)
  private int version;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "modified_at", nullable = false)
  private Instant modifiedAt;

  /** Stored for the first time at {@code at} ({@link Stamps}). */
  void created(Instant at) {
    createdAt = at;
    modifiedAt = createdAt;
  }

  /** Changed at {@code at} ({@link Stamps}). */
  void modified(Instant at) {
    modifiedAt = at;
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
