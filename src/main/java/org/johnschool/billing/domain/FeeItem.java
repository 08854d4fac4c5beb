package org.johnschool.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import org.johnschool.platform.AuditedEntity;
import org.johnschool.platform.Phrase;
import org.johnschool.platform.FieldError;
import org.johnschool.platform.InvalidInputException;

/**
 * A separate item of a program's fee schedule beside the base fee (e.g. an STI test fee): charged with the
 * program fee at first enrollment, or by a coordinator when it applies. Retired, never deleted.
 */
@Entity
@Audited
@Table(name = "fee_item")
public class FeeItem extends AuditedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fee_item_seq")
  @SequenceGenerator(name = "fee_item_seq", sequenceName = "fee_item_seq", allocationSize = 50)
  private Long id;

  @Column(name = "program_id", nullable = false, updatable = false)
  private long programId;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(nullable = false, precision = 10, scale = 2)
  private BigDecimal amount;

  @Column(name = "charged_at_enrollment", nullable = false)
  private boolean chargedAtEnrollment;

  @Column(nullable = false)
  private boolean retired;

  protected FeeItem() {}

  public FeeItem(long programId, String name, String amount, boolean chargedAtEnrollment) {
    this.programId = programId;
    change(name, amount, chargedAtEnrollment);
  }

  /** Changes the item; charges already posted keep their amount. */
  public void change(String name, String amount, boolean chargedAtEnrollment) {
    List<FieldError> errors = new ArrayList<>();
    if (name == null || name.isBlank() || name.trim().length() > 100) {
      errors.add(new FieldError("name", Phrase.of("feeItem.name")));
    }
    Money money = null;
    try {
      money = Money.parsePositive(amount, "amount");
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    this.name = name.trim();
    this.amount = money.amount();
    this.chargedAtEnrollment = chargedAtEnrollment;
  }

  public void retire() {
    retired = true;
  }

  public void restore() {
    retired = false;
  }

  public Long getId() {
    return id;
  }

  public long getProgramId() {
    return programId;
  }

  public String getName() {
    return name;
  }

  public Money getAmount() {
    return new Money(amount);
  }

  public boolean isChargedAtEnrollment() {
    return chargedAtEnrollment;
  }

  public boolean isRetired() {
    return retired;
  }
}
