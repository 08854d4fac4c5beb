package org.johnschool.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.platform.Phrase;

/** One admin's reading of a sealed case's identity: who, when, from where and why. Never changed (a trigger refuses it). */
@Entity
@Immutable
@Table(name = "sealed_record_access")
public class SealedRecordAccess {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sealed_record_access_seq")
  @SequenceGenerator(name = "sealed_record_access_seq", sequenceName = "sealed_record_access_seq", allocationSize = 50)
  private Long id;

  @Column(name = "program_id", nullable = false)
  private long programId;

  @Column(name = "referral_id", nullable = false)
  private long referralId;

  @Column(nullable = false, length = 100)
  private String admin;

  @Column(nullable = false, length = 1000)
  private String reason;

  @Column(length = 64)
  private String address;

  @Column(name = "accessed_at", nullable = false)
  private Instant accessedAt;

  protected SealedRecordAccess() {}

  public SealedRecordAccess(long programId, long referralId, String admin, String reason, String address) {
    if (reason == null || reason.trim().length() < 10 || reason.length() > 1000) {
      throw new InvalidInputException("reason", Phrase.of("sealing.readReason"));
    }
    this.programId = programId;
    this.referralId = referralId;
    this.admin = admin;
    this.reason = reason.trim();
    this.address = address;
    this.accessedAt = Instant.now(); // audit evidence: the system's time, never the application's movable clock
  }

  public String getAdmin() {
    return admin;
  }

  public String getReason() {
    return reason;
  }

  public String getAddress() {
    return address;
  }

  public Instant getAccessedAt() {
    return accessedAt;
  }
}
