package org.johnschool.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/**
 * One money event of one case, written once and never changed (the database refuses updates and deletes).
 * Who entered it, when and from where are part of the entry, so the ledger is its own audit trail: {@code on} is the program's day,
 * {@code at} the instant (both read by the caller from the application's clock).
 */
@Entity
@Immutable
@Table(name = "account_entry")
public class AccountEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_entry_seq")
  @SequenceGenerator(name = "account_entry_seq", sequenceName = "account_entry_seq", allocationSize = 50)
  private Long id;

  @Column(name = "program_id", nullable = false)
  private long programId;

  @Column(name = "referral_id", nullable = false)
  private long referralId;

  @Enumerated(EnumType.STRING)
  @Column(name = "entry_type", nullable = false, length = 12)
  private EntryType type;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal amount;

  @Column(name = "balance_effect", nullable = false, precision = 12, scale = 2)
  private BigDecimal balanceEffect;

  @Column(length = 300)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(length = 12)
  private PaymentMethod method;

  @Column(length = 60)
  private String reference;

  @Column(name = "receipt_number", length = 40)
  private String receiptNumber;

  @Column(name = "reverses_entry_id")
  private Long reversesEntryId;

  @Column(length = 1000)
  private String reason;

  @Column(name = "entered_by", nullable = false, length = 100)
  private String enteredBy;

  @Column(name = "entered_on", nullable = false)
  private LocalDate enteredOn;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "idempotency_key", length = 100)
  private String idempotencyKey;

  @Column(name = "request_hash", length = 64)
  private String requestHash;

  @Column(name = "fee_item_id")
  private Long feeItemId;

  /** The address the request that wrote the entry came from (null from a scheduled job). */
  @Column(name = "source_address", length = 64, updatable = false)
  private String sourceAddress;

  protected AccountEntry() {}

  /** Where the entry was written from, set by the ledger as it stores the entry. */
  public void enteredFrom(String address) {
    if (id != null) {
      throw new IllegalStateException("A stored entry is never changed.");
    }
    sourceAddress = address;
  }

  public String getSourceAddress() {
    return sourceAddress;
  }

  private AccountEntry(long programId, long referralId, EntryType type, Money amount, Money effect, String description, String reason,
      String enteredBy, LocalDate on, Instant at) {
    if (!amount.isPositive() || !effect.abs().equals(amount)) {
      throw new IllegalArgumentException("An entry's amount is positive and its effect is plus or minus that amount.");
    }
    this.programId = programId;
    this.referralId = referralId;
    this.type = type;
    this.amount = amount.amount();
    this.balanceEffect = effect.amount();
    this.description = description;
    this.reason = reason;
    this.enteredBy = Objects.requireNonNull(enteredBy);
    this.enteredOn = Objects.requireNonNull(on);
    this.createdAt = Objects.requireNonNull(at);
  }

  /** What the person owes for the program (a fee of the schedule). */
  public static AccountEntry charge(long programId, long referralId, Money amount, String description, String by, LocalDate on,
      Instant at) {
    return new AccountEntry(programId, referralId, EntryType.CHARGE, amount, amount, description, null, by, on, at);
  }

  /** What the person owes for a separate item of the fee schedule (e.g. an STI test). */
  public static AccountEntry itemCharge(long programId, long referralId, FeeItem item, String by, LocalDate on, Instant at) {
    AccountEntry e = charge(programId, referralId, item.getAmount(), item.getName(), by, on, at);
    e.feeItemId = item.getId();
    return e;
  }

  /** Money received, with its receipt number; a check or card payment carries its reference. */
  public static AccountEntry payment(long programId, long referralId, Money amount, PaymentMethod method, String reference,
      String receiptNumber, String by, LocalDate on, Instant at, String idempotencyKey, String requestHash) {
    AccountEntry e = new AccountEntry(programId, referralId, EntryType.PAYMENT, amount, amount.negate(), "Payment (" + method + ")", null,
        by, on, at);
    e.method = Objects.requireNonNull(method);
    e.reference = reference;
    e.receiptNumber = Objects.requireNonNull(receiptNumber);
    e.idempotencyKey = idempotencyKey;
    e.requestHash = requestHash;
    return e;
  }

  /** Part or all of what is owed, forgiven (an approved hardship waiver). */
  public static AccountEntry waiver(long programId, long referralId, Money amount, String reason, String by, LocalDate on, Instant at) {
    return new AccountEntry(programId, referralId, EntryType.WAIVER, amount, amount.negate(), "Waiver", required(reason), by, on, at);
  }

  /** Money paid back to the person (an overpayment's credit). */
  public static AccountEntry refund(long programId, long referralId, Money amount, String reason, String by, LocalDate on, Instant at) {
    return new AccountEntry(programId, referralId, EntryType.REFUND, amount, amount, "Refund", required(reason), by, on, at);
  }

  /** A correction either way (positive raises what is owed), with its reason. */
  public static AccountEntry adjustment(long programId, long referralId, Money signed, String reason, String by, LocalDate on, Instant at) {
    return new AccountEntry(programId, referralId, EntryType.ADJUSTMENT, signed.abs(), signed, "Adjustment", required(reason), by, on, at);
  }

  private static String required(String reason) {
    if (reason == null || reason.isBlank() || reason.length() > 1000) {
      throw new org.johnschool.platform.InvalidInputException("reason", "Write the reason (at most 1,000 characters).");
    }
    return reason.trim();
  }

  /** Undoes this entry exactly (same amount, opposite effect), with the reason; the entry itself stays. */
  public AccountEntry reverse(String why, String by, LocalDate on, Instant at) {
    if (type == EntryType.REVERSAL) {
      throw new org.johnschool.platform.InvalidTransitionException("A reversal cannot itself be reversed; post a new entry instead.");
    }
    if (why == null || why.isBlank() || why.length() > 1000) {
      throw new org.johnschool.platform.InvalidInputException("reason", "Write why the entry is reversed (at most 1,000 characters).");
    }
    AccountEntry r = new AccountEntry(programId, referralId, EntryType.REVERSAL, getAmount(), getEffect().negate(),
        "Reversal of " + (receiptNumber != null ? "receipt " + receiptNumber : type.name().toLowerCase() + " " + id), why.trim(), by, on,
        at);
    r.reversesEntryId = id;
    return r;
  }

  public Long getId() {
    return id;
  }

  public long getProgramId() {
    return programId;
  }

  public long getReferralId() {
    return referralId;
  }

  public EntryType getType() {
    return type;
  }

  public Money getAmount() {
    return new Money(amount);
  }

  /** What the entry does to the balance: positive raises what is owed. */
  public Money getEffect() {
    return new Money(balanceEffect);
  }

  public String getDescription() {
    return description;
  }

  public PaymentMethod getMethod() {
    return method;
  }

  public String getReference() {
    return reference;
  }

  public String getReceiptNumber() {
    return receiptNumber;
  }

  public Long getReversesEntryId() {
    return reversesEntryId;
  }

  public String getReason() {
    return reason;
  }

  public String getEnteredBy() {
    return enteredBy;
  }

  public LocalDate getEnteredOn() {
    return enteredOn;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public String getRequestHash() {
    return requestHash;
  }

  /** The separate fee item this charge is for; null for the program fee and every other entry. */
  public Long getFeeItemId() {
    return feeItemId;
  }
}
