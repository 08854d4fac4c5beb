package org.johnschool.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A stored {@link Finding}: one rule's result at screening, kept for the case and for evaluators. */
@Entity
@Table(name = "screening_finding")
@Audited
public class ScreeningFinding {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "screening_finding_seq")
  @SequenceGenerator(name = "screening_finding_seq", sequenceName = "screening_finding_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "referral_id")
  private Referral referral;

  @Enumerated(EnumType.STRING)
  @Column(name = "rule_code", nullable = false, length = 40)
  private EligibilityRule rule;

  @Column(nullable = false)
  private boolean met;

  @Column(nullable = false, length = 500)
  private String detail;

  protected ScreeningFinding() {}

  ScreeningFinding(Referral referral, Finding finding) {
    this.referral = referral;
    this.rule = finding.rule();
    this.met = finding.met();
    this.detail = finding.detail().length() > 500 ? finding.detail().substring(0, 500) : finding.detail();
  }

  public EligibilityRule getRule() {
    return rule;
  }

  public boolean isMet() {
    return met;
  }

  public String getDetail() {
    return detail;
  }
}
