package org.johnschool.billing.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.johnschool.platform.SqlValues;
import org.johnschool.platform.Phrase;
import org.johnschool.billing.domain.Allocation;
import org.johnschool.billing.domain.Allocation.Share;
import org.johnschool.billing.domain.AllocationShare;
import org.johnschool.billing.domain.Money;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.platform.InvalidInputException;

/**
 * The money reports: the daily close (totals by method and the day's receipts, for one cashier or all) and
 * the allocation of collected fees to funds over a period. Both are single aggregate queries on the ledger.
 */
@Stateless
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class FeeReports {

  static final List<Share> DEFAULT_SHARES = List.of(new Share("Program operations", BigDecimal.ONE));

  @PersistenceContext EntityManager em;

  public record MethodTotal(String method, long receipts, String amount) implements java.io.Serializable {}

  public record ReceiptLine(String receiptNumber, Instant recordedAt, String amount, String method, String reference, String receivedBy,
      boolean voided) implements java.io.Serializable {}

  public record DayClose(LocalDate date, String cashier, String total, List<MethodTotal> byMethod, List<ReceiptLine> receipts) implements java.io.Serializable {}

  public record FundPart(String fund, BigDecimal share, String amount) implements java.io.Serializable {}

  public record AllocationReport(LocalDate from, LocalDate to, String collected, List<FundPart> funds) implements java.io.Serializable {}

  /** Payments of the day less the voids posted that day, by the method of the payment voided. */
  public DayClose dailyClose(StaffScope scope, LocalDate date, String cashier) {
    if (date == null) {
      throw new InvalidInputException("date", Phrase.of("fees.report.day"));
    }
    String byCashier = cashier == null || cashier.isBlank() ? "" : " and e.entered_by = :cashier";
    var totals = em.createNativeQuery("select p.method, count(*) filter (where e.entry_type = 'PAYMENT'), "
            + "sum(case when e.entry_type = 'PAYMENT' then e.amount else -e.amount end) from account_entry e "
            + "join account_entry p on p.id = coalesce(e.reverses_entry_id, e.id) "
            + "where e.program_id = :p and e.entered_on = :d and p.entry_type = 'PAYMENT' and e.entry_type in ('PAYMENT', 'REVERSAL')"
            + byCashier + " group by p.method order by p.method")
        .setParameter("p", scope.programId()).setParameter("d", date);
    var receipts = em.createNativeQuery("select e.receipt_number, e.created_at, e.amount, e.method, e.reference, e.entered_by, "
            + "exists (select 1 from account_entry r where r.reverses_entry_id = e.id) from account_entry e "
            + "where e.program_id = :p and e.entered_on = :d and e.entry_type = 'PAYMENT'" + byCashier + " order by e.receipt_number")
        .setParameter("p", scope.programId()).setParameter("d", date);
    if (!byCashier.isEmpty()) {
      totals.setParameter("cashier", cashier.trim());
      receipts.setParameter("cashier", cashier.trim());
    }
    List<MethodTotal> byMethod = new ArrayList<>();
    Money total = Money.ZERO;
    for (Object row : totals.getResultList()) {
      Object[] r = (Object[]) row;
      Money amount = new Money((BigDecimal) r[2]);
      total = total.plus(amount);
      byMethod.add(new MethodTotal((String) r[0], ((Number) r[1]).longValue(), amount.toString()));
    }
    List<ReceiptLine> lines = new ArrayList<>();
    for (Object row : receipts.getResultList()) {
      Object[] r = (Object[]) row;
      lines.add(new ReceiptLine((String) r[0], SqlValues.instant(r[1]), new Money((BigDecimal) r[2]).toString(), (String) r[3], (String) r[4],
          (String) r[5], (Boolean) r[6]));
    }
    return new DayClose(date, cashier == null || cashier.isBlank() ? null : cashier.trim(), total.toString(), byMethod, lines);
  }

  /** The day's receipts as CSV for accounting (cells quoted when needed, spreadsheet formulas defused). */
  public static String csv(DayClose close) {
    StringBuilder csv = new StringBuilder("receipt_number,recorded_at,amount,method,reference,received_by,voided\r\n");
    for (ReceiptLine r : close.receipts()) {
      csv.append(String.join(",", r.receiptNumber(), String.valueOf(r.recordedAt()), r.amount(), r.method(), org.johnschool.platform.CsvCell.of(r.reference()),
          org.johnschool.platform.CsvCell.of(r.receivedBy()), String.valueOf(r.voided()))).append("\r\n");
    }
    return csv.toString();
  }

  /** Fees collected in a period (payments less voids and refunds posted in it), split to funds to the cent. */
  public AllocationReport allocation(StaffScope scope, LocalDate from, LocalDate to) {
    if (from == null || to == null || to.isBefore(from)) {
      throw new InvalidInputException("to", Phrase.of("fees.report.period"));
    }
    BigDecimal collected = (BigDecimal) em.createNativeQuery("select coalesce(sum(case when e.entry_type = 'PAYMENT' then e.amount "
            + "when e.entry_type = 'REFUND' then -e.amount when p.entry_type = 'PAYMENT' then -e.amount else 0 end), 0) "
            + "from account_entry e left join account_entry p on p.id = e.reverses_entry_id "
            + "where e.program_id = :p and e.entered_on between :from and :to and e.entry_type in ('PAYMENT', 'REFUND', 'REVERSAL')")
        .setParameter("p", scope.programId()).setParameter("from", from).setParameter("to", to).getSingleResult();
    List<Share> shares = shares(scope);
    Map<String, Money> split = Allocation.split(new Money(collected), shares);
    List<FundPart> parts = shares.stream().map(s -> new FundPart(s.fund(), s.share(), split.get(s.fund()).toString())).toList();
    return new AllocationReport(from, to, new Money(collected).toString(), parts);
  }

  public List<Share> shares(StaffScope scope) {
    List<Share> shares = em.createQuery("select a from AllocationShare a where a.programId = :p order by a.position", AllocationShare.class)
        .setParameter("p", scope.programId()).getResultStream().map(a -> new Share(a.getFund(), a.getShare())).toList();
    return shares.isEmpty() ? DEFAULT_SHARES : shares;
  }

  /** Admins replace the program's shares as a whole; they must add up to exactly 1. */
  @RolesAllowed(Role.ADMIN_NAME)
  public List<Share> changeShares(StaffScope scope, List<Share> shares) {
    List<Share> checked = Allocation.checked(shares);
    em.createQuery("select a from AllocationShare a where a.programId = :p", AllocationShare.class).setParameter("p", scope.programId())
        .getResultList().forEach(em::remove);
    em.flush();
    for (int i = 0; i < checked.size(); i++) {
      em.persist(new AllocationShare(scope.programId(), i + 1, checked.get(i).fund(), checked.get(i).share()));
    }
    return checked;
  }
}
