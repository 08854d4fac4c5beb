package org.johnschool.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;
import org.johnschool.platform.AuditedEntity;

/** One fund's share of the fees a program collects (e.g. survivor services 0.5); a program's shares add up to 1. */
@Entity
@Audited
@Table(name = "allocation_share")
public class AllocationShare extends AuditedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "allocation_share_seq")
  @SequenceGenerator(name = "allocation_share_seq", sequenceName = "allocation_share_seq", allocationSize = 50)
  private Long id;

  @Column(name = "program_id", nullable = false, updatable = false)
  private long programId;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = 100)
  private String fund;

  @Column(nullable = false, precision = 6, scale = 5)
  private BigDecimal share;

  protected AllocationShare() {}

  public AllocationShare(long programId, int position, String fund, BigDecimal share) {
    this.programId = programId;
    this.position = position;
    this.fund = fund;
    this.share = share;
  }

  public int getPosition() {
    return position;
  }

  public String getFund() {
    return fund;
  }

  public BigDecimal getShare() {
    return share;
  }
}
