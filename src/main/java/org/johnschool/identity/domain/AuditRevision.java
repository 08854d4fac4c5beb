package org.johnschool.identity.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.envers.ModifiedEntityNames;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;
import org.johnschool.identity.infrastructure.AuditRevisionListener;

/** One Envers revision: a transaction that changed domain data, with who made it and from where. */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_revision_seq")
  @SequenceGenerator(name = "audit_revision_seq", sequenceName = "audit_revision_seq", allocationSize = 50)
  @RevisionNumber
  private Long id;

  @RevisionTimestamp
  @Column(name = "revision_time", nullable = false)
  private Instant revisionTime;

  @Column(length = 100)
  private String username;

  @Column(name = "source_address", length = 64)
  private String sourceAddress;

  /** The kinds of records this revision changed (Envers fills it). */
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "audit_revision_entity", joinColumns = @JoinColumn(name = "rev"))
  @Column(name = "entity_name")
  @ModifiedEntityNames
  private Set<String> modifiedEntityNames = new HashSet<>();

  /** A revision opened by the application itself for bulk work (a docket import), stamped now. */
  public static AuditRevision forBulkWork(String username, String sourceAddress) {
    AuditRevision revision = new AuditRevision();
    revision.revisionTime = Instant.now();
    revision.stamp(username, sourceAddress);
    return revision;
  }

  public void stamp(String username, String sourceAddress) {
    this.username = username;
    this.sourceAddress = sourceAddress;
  }

  public Long getId() {
    return id;
  }

  public Instant getRevisionTime() {
    return revisionTime;
  }

  public String getUsername() {
    return username;
  }

  public String getSourceAddress() {
    return sourceAddress;
  }

  public Set<String> getModifiedEntityNames() {
    return modifiedEntityNames;
  }
}
