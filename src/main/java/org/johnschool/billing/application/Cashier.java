package org.johnschool.billing.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.johnschool.billing.domain.Account;
import org.johnschool.billing.domain.AccountEntries;
import org.johnschool.billing.domain.AccountEntry;
import org.johnschool.billing.domain.EntryType;
import org.johnschool.billing.domain.FeeItem;
import org.johnschool.billing.domain.FeeSchedule;
import org.johnschool.billing.domain.Money;
import org.johnschool.billing.domain.PaymentMethod;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.platform.ConflictException;
import org.johnschool.platform.FieldError;
import org.johnschool.platform.Phrase;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.platform.InvalidTransitionException;
import org.johnschool.platform.NotFoundException;
import org.johnschool.program.domain.Program;
import org.johnschool.referral.application.CaseEnrollment;

/**
 * The program office's till: charges the program fee, takes payments (each with the next receipt number
 * of the program, at most once per idempotency key), voids a payment by a reversal, and shows a case's
 * account.
 */
@Stateless
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class Cashier {

  public static final String PROGRAM_FEE = "Program fee";

  @PersistenceContext EntityManager em;
  @Inject AccountEntries ledger;
  @Inject CaseEnrollment cases;
  @Inject PaymentPlans plans;
  @Inject FeeAssessments assessments;
  @Inject FeeItems items;
  @Inject jakarta.enterprise.event.Event<org.johnschool.billing.domain.AccountChanged> changed;
  @Inject org.johnschool.program.application.ProgramTime time;

  /** A payment as a cashier or a payment system sends it; {@code reference} is the check number or the card terminal's reference. */
  public record PaymentRequest(String amount, String method, String reference, Boolean allowCredit) {}

  public record Receipt(String receiptNumber, long entryId, long referralId, String amount, PaymentMethod method, String reference,
      String receivedBy, LocalDate receivedOn, Instant recordedAt, String balanceAfter, boolean replayed) {}

  public record EntryView(long id, EntryType type, String amount, String effect, String description, PaymentMethod method, String reference,
      String receiptNumber, Long reverses, boolean reversed, String reason, String enteredBy, LocalDate enteredOn, Instant createdAt) implements java.io.Serializable {}

  public record AccountView(long referralId, String currency, String balance, Map<EntryType, String> totals, List<EntryView> entries,
      PaymentPlans.PlanView plan) implements java.io.Serializable {}

  public Receipt recordPayment(StaffScope scope, long referralId, PaymentRequest request, String idempotencyKey) {
    cases.requireVisible(referralId, scope);
    if (request == null) {
      throw new InvalidInputException("body", Phrase.of("payment.body"));
    }
    List<FieldError> errors = new ArrayList<>();
    Money amount = null;
    try {
      amount = Money.parsePositive(request.amount(), "amount");
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
    }
    PaymentMethod method = method(request.method(), errors);
    String reference = request.reference() == null || request.reference().isBlank() ? null : request.reference().trim();
    if (method != null && method.needsReference() && reference == null) {
      errors.add(new FieldError("reference", Phrase.of(method == PaymentMethod.CHECK ? "payment.reference.check" : "payment.reference.card")));
    }
    if (reference != null && (reference.length() > 60 || looksLikeCardNumber(reference))) {
      errors.add(new FieldError("reference", Phrase.of(reference.length() > 60 ? "payment.reference.tooLong" : "payment.reference.cardNumber")));
    }
    if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
      errors.add(new FieldError("Idempotency-Key", Phrase.of("payment.idempotencyKey")));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    String hash = hash(referralId + "|" + amount + "|" + method + "|" + (reference == null ? "" : reference));
    if (idempotencyKey != null) {
      ledger.holdKey(scope.programId(), idempotencyKey);
      var earlier = ledger.byIdempotencyKey(scope.programId(), idempotencyKey);
      if (earlier.isPresent()) {
        if (!hash.equals(earlier.get().getRequestHash())) {
          throw new ConflictException("This Idempotency-Key was already used for another payment (receipt "
              + earlier.get().getReceiptNumber() + "); nothing was stored.", earlier.get().getId());
        }
        return receipt(scope, earlier.get(), true);
      }
    }
    ledger.lockAccount(scope.programId(), referralId);
    Account.of(ledger.ofCase(scope.programId(), referralId)).checkPayment(amount, Boolean.TRUE.equals(request.allowCredit()),
        limits(scope).largestPayment());
    Program program = em.find(Program.class, scope.programId());
    String number = program.getCode() + "-" + String.format(Locale.ROOT, "%06d", ledger.nextReceiptNumber(scope.programId()));
    ZonedDateTime now = time.now(scope.programId());
    AccountEntry payment = AccountEntry.payment(scope.programId(), referralId, amount, method, reference, number, scope.username(),
        now.toLocalDate(), now.toInstant(), idempotencyKey, hash);
    ledger.add(payment);
    em.flush();
    changed.fire(new org.johnschool.billing.domain.AccountChanged(scope, referralId));
    return receipt(scope, payment, false);
  }

  /** Voids a payment's receipt by a reversing entry with the reason; the receipt and the payment stay on record. */
  public Receipt voidPayment(StaffScope scope, long entryId, String reason) {
    AccountEntry payment = ledger.find(scope.programId(), entryId).orElseThrow(() -> new NotFoundException("No account entry " + entryId + "."));
    cases.requireVisible(payment.getReferralId(), scope);
    if (payment.getType() != EntryType.PAYMENT) {
      throw new InvalidTransitionException(Phrase.of("payment.void.notPayment"));
    }
    ledger.lockAccount(scope.programId(), payment.getReferralId());
    Account.of(ledger.ofCase(scope.programId(), payment.getReferralId())).checkVoid(payment);
    ZonedDateTime now = time.now(scope.programId());
    ledger.add(payment.reverse(reason, scope.username(), now.toLocalDate(), now.toInstant()));
    em.flush();
    changed.fire(new org.johnschool.billing.domain.AccountChanged(scope, payment.getReferralId()));
    return receipt(scope, payment, false);
  }

  /** Pays back a credit (an overpayment): never more than the credit, nor more than the person paid in. */
  public AccountView refund(StaffScope scope, long referralId, String amountText, String reason) {
    cases.requireVisible(referralId, scope);
    Money amount = Money.parsePositive(amountText, "amount");
    ZonedDateTime now = time.now(scope.programId());
    AccountEntry refund = AccountEntry.refund(scope.programId(), referralId, amount, reason, scope.username(), now.toLocalDate(), now.toInstant());
    ledger.lockAccount(scope.programId(), referralId);
    Account.of(ledger.ofCase(scope.programId(), referralId)).checkRefund(amount);
    ledger.add(refund);
    em.flush();
    changed.fire(new org.johnschool.billing.domain.AccountChanged(scope, referralId));
    return account(scope, referralId);
  }

  /** What a printed receipt shows. */
  public record ReceiptDocument(Receipt receipt, String programName, String programAddress, String payer, String courtCaseNumber,
      boolean voided, String voidReason) {}

  /** A payment's receipt for printing (voided receipts print as void, with the reason). */
  public ReceiptDocument receiptDocument(StaffScope scope, long entryId) {
    AccountEntry payment = ledger.find(scope.programId(), entryId).filter(e -> e.getType() == EntryType.PAYMENT)
        .orElseThrow(() -> new NotFoundException("No receipt for entry " + entryId + "."));
    var facts = cases.cases(List.of(payment.getReferralId()), scope).get(payment.getReferralId());
    if (facts == null) {
      throw new NotFoundException("No receipt for entry " + entryId + ".");
    }
    List<AccountEntry> entries = ledger.ofCase(scope.programId(), payment.getReferralId());
    String voidReason = entries.stream().filter(e -> Long.valueOf(entryId).equals(e.getReversesEntryId())).map(AccountEntry::getReason)
        .findFirst().orElse(null);
    Program program = em.find(Program.class, scope.programId());
    return new ReceiptDocument(receipt(scope, payment, false), program.getName(), program.getAddress(), facts.fullName(),
        facts.courtCaseNumber(), voidReason != null, voidReason);
  }

  /** Charges the program's base fee once per case (called when the case is first enrolled). */
  public void chargeProgramFee(StaffScope scope, long referralId) {
    ledger.lockAccount(scope.programId(), referralId);
    List<AccountEntry> entries = ledger.ofCase(scope.programId(), referralId);
    if (entries.stream().anyMatch(e -> e.getType() == EntryType.CHARGE && e.getFeeItemId() == null && PROGRAM_FEE.equals(e.getDescription()))) {
      return;
    }
    Money fee = assessments.latestFee(scope, referralId).map(a -> a.getFee()).orElseGet(() -> baseFee(scope));
    ZonedDateTime now = time.now(scope.programId());
    if (fee.isPositive()) {
      ledger.add(AccountEntry.charge(scope.programId(), referralId, fee, PROGRAM_FEE, scope.username(), now.toLocalDate(),
          now.toInstant()));
    }
    for (FeeItem item : items.active(scope)) {
      if (item.isChargedAtEnrollment() && !charged(entries, item)) {
        ledger.add(AccountEntry.itemCharge(scope.programId(), referralId, item, scope.username(), now.toLocalDate(), now.toInstant()));
      }
    }
  }

  /** Charges a separate item of the schedule (e.g. the STI test) to the case, once. */
  public AccountView chargeItem(StaffScope scope, long referralId, Long itemId) {
    cases.requireVisible(referralId, scope);
    if (itemId == null) {
      throw new InvalidInputException("itemId", Phrase.of("payment.item.missing"));
    }
    FeeItem item = items.find(scope, itemId);
    if (item.isRetired()) {
      throw new InvalidTransitionException(Phrase.of("payment.item.retired", item.getName()));
    }
    ledger.lockAccount(scope.programId(), referralId);
    if (charged(ledger.ofCase(scope.programId(), referralId), item)) {
      throw new ConflictException(Phrase.of("payment.item.charged", item.getName()), referralId);
    }
    ZonedDateTime now = time.now(scope.programId());
    ledger.add(AccountEntry.itemCharge(scope.programId(), referralId, item, scope.username(), now.toLocalDate(), now.toInstant()));
    em.flush();
    changed.fire(new org.johnschool.billing.domain.AccountChanged(scope, referralId));
    return account(scope, referralId);
  }

  private static boolean charged(List<AccountEntry> entries, FeeItem item) {
    return entries.stream().anyMatch(e -> item.getId().equals(e.getFeeItemId()));
  }

  /** The case's balance: positive is owed (completion waits until it is not; an approved waiver counts as paid), negative a credit. */
  @RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME, Role.FACILITATOR_NAME})
  public Money balance(StaffScope scope, long referralId) {
    return Account.of(ledger.ofCase(scope.programId(), referralId)).balance();
  }

  /** The program's base fee (its fee schedule, or $1,000 when none is set). */
  public Money baseFee(StaffScope scope) {
    return schedule(scope).map(FeeSchedule::getBaseFee).orElse(FeeSchedule.DEFAULT_BASE_FEE);
  }

  /** The program's limits on money: its fee schedule's, or the defaults ($10,000 for one payment, $250 for an adjustment). */
  public Limits limits(StaffScope scope) {
    return schedule(scope).map(f -> new Limits(f.getLargestPayment(), f.getAdjustmentLimit()))
        .orElse(new Limits(FeeSchedule.DEFAULT_LARGEST_PAYMENT, FeeSchedule.DEFAULT_ADJUSTMENT_LIMIT));
  }

  public record Limits(Money largestPayment, Money adjustmentLimit) {}

  /**
   * Admins change the schedule: the base fee, the largest single payment and the adjustment limit; each left out
   * stays as it is, and nothing changes when one is refused.
   */
  @RolesAllowed(Role.ADMIN_NAME)
  public Limits changeSchedule(StaffScope scope, String baseFee, String largestPayment, String adjustmentLimit) {
    List<FieldError> errors = new ArrayList<>();
    Money fee = parseOptional(baseFee, "baseFee", errors, true);
    Money largest = parseOptional(largestPayment, "largestPayment", errors, false);
    Money adjustment = parseOptional(adjustmentLimit, "adjustmentLimit", errors, true);
    if (errors.isEmpty() && fee == null && largest == null && adjustment == null) {
      errors.add(new FieldError("baseFee", Phrase.of("payment.schedule.empty")));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    FeeSchedule schedule = schedule(scope).orElse(null);
    if (schedule == null) {
      schedule = new FeeSchedule(em.getReference(Program.class, scope.programId()), fee == null ? FeeSchedule.DEFAULT_BASE_FEE : fee);
      em.persist(schedule);
    } else if (fee != null) {
      schedule.changeBaseFee(fee);
    }
    schedule.changeLimits(largest, adjustment);
    return limits(scope);
  }

  private static Money parseOptional(String text, String field, List<FieldError> errors, boolean zeroAllowed) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return zeroAllowed ? Money.parseNonNegative(text, field) : Money.parsePositive(text, field);
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
      return null;
    }
  }

  private java.util.Optional<FeeSchedule> schedule(StaffScope scope) {
    return em.createQuery("select f from FeeSchedule f where f.program.id = :p", FeeSchedule.class).setParameter("p", scope.programId())
        .getResultStream().findFirst();
  }

  public AccountView account(StaffScope scope, long referralId) {
    cases.requireVisible(referralId, scope);
    List<AccountEntry> entries = ledger.ofCase(scope.programId(), referralId);
    Account account = Account.of(entries);
    Map<EntryType, String> totals = new LinkedHashMap<>();
    account.totals().forEach((t, m) -> totals.put(t, m.toString()));
    List<EntryView> views = entries.stream().map(e -> new EntryView(e.getId(), e.getType(), e.getAmount().toString(), e.getEffect().toString(),
        e.getDescription(), e.getMethod(), e.getReference(), e.getReceiptNumber(), e.getReversesEntryId(), account.isReversed(e.getId()),
        e.getReason(), e.getEnteredBy(), e.getEnteredOn(), e.getCreatedAt())).toList();
    return new AccountView(referralId, "USD", account.balance().toString(), totals, views, plans.of(scope, referralId).orElse(null));
  }

  private Receipt receipt(StaffScope scope, AccountEntry p, boolean replayed) {
    Money balance = Account.of(ledger.ofCase(scope.programId(), p.getReferralId())).balance();
    return new Receipt(p.getReceiptNumber(), p.getId(), p.getReferralId(), p.getAmount().toString(), p.getMethod(), p.getReference(),
        p.getEnteredBy(), p.getEnteredOn(), p.getCreatedAt(), balance.toString(), replayed);
  }


  private static PaymentMethod method(String text, List<FieldError> errors) {
    if (text == null || text.isBlank()) {
      errors.add(new FieldError("method", Phrase.of("payment.method.missing")));
      return null;
    }
    try {
      return PaymentMethod.valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("method", Phrase.of("payment.method.unknown", text)));
      return null;
    }
  }

  /** 13 to 19 digits (spaces and dashes aside) passing the Luhn check: a card number, which must never be stored. */
  static boolean looksLikeCardNumber(String text) {
    String digits = text.replaceAll("[\\s-]", "");
    if (!digits.matches("\\d{13,19}")) {
      return false;
    }
    int sum = 0;
    boolean twice = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }

  private static String hash(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
