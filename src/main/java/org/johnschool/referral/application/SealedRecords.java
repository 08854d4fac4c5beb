package org.johnschool.referral.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.johnschool.identity.application.SecurityLog;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.identity.infrastructure.RequestOrigin;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.platform.Phrase;
import org.johnschool.platform.InvalidTransitionException;
import org.johnschool.platform.NotFoundException;
import org.johnschool.referral.application.ReferralView.PersonView;
import org.johnschool.referral.domain.Person;
import org.johnschool.referral.domain.Referral;
import org.johnschool.referral.domain.Referrals;
import org.johnschool.referral.domain.SealedRecordAccess;

/**
 * Sealed cases: a sealing order recorded by the court's clerk, and the one way to read a sealed identity —
 * an admin who states a reason, each reading kept (who, when, from where, why).
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class SealedRecords {

  @PersistenceContext EntityManager em;
  @Inject Referrals referrals;
  @Inject RequestOrigin origin;
  @Inject SecurityLog securityLog;
  @Inject org.johnschool.program.application.ProgramTime time;

  public record SealingOrder(String date, String legalBasis) {}

  public record Reading(String admin, String reason, String address, Instant at) implements java.io.Serializable {}

  /** The court ordered the record sealed (its date and legal basis); clerks of the case's court and admins. */
  @RolesAllowed({Role.CLERK_NAME, Role.ADMIN_NAME})
  public ReferralView recordOrder(StaffScope scope, long referralId, SealingOrder order) {
    Referral r = get(scope, referralId);
    LocalDate date;
    try {
      date = order == null || order.date() == null ? null : LocalDate.parse(order.date().trim());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("date", Phrase.of("input.date.invalid", order.date()));
    }
    ZonedDateTime now = time.now(scope.programId());
    if (date == null || date.isAfter(now.toLocalDate())) {
      throw new InvalidInputException("date", Phrase.of("sealing.orderDate"));
    }
    r.seal(order.legalBasis() == null ? null : "Sealing order of " + date + ": " + order.legalBasis().trim(), date, now.toInstant());
    em.flush();
    return ReferralView.of(r, scope);
  }

  /** The sealed identity, for an admin who states why; the reading is recorded. */
  public PersonView readIdentity(StaffScope scope, long referralId, String reason) {
    Referral r = get(scope, referralId);
    if (!r.isSealed()) {
      throw new InvalidTransitionException(Phrase.of("sealing.notSealed"));
    }
    em.persist(new SealedRecordAccess(scope.programId(), referralId, scope.username(), reason, origin.getAddress()));
    em.flush();
    securityLog.sealedRecordRead(scope.username(), referralId, reason.trim());
    Person p = r.getPerson();
    return new PersonView(p.getFirstName(), p.getMiddleName(), p.getLastName(), p.getAliases().stream().map(Object::toString).toList(),
        p.getDateOfBirth(), p.getSex().name(), p.getStateId(), p.getFbiNumber(), p.getAddress(), p.getPhone(), p.getEmail(),
        p.getPreferredLanguage());
  }

  /** Every reading of the case's sealed identity, newest first. */
  public List<Reading> readings(StaffScope scope, long referralId) {
    get(scope, referralId);
    return em.createQuery("select a from SealedRecordAccess a where a.referralId = :r and a.programId = :p order by a.accessedAt desc",
            SealedRecordAccess.class)
        .setParameter("r", referralId).setParameter("p", scope.programId()).getResultStream()
        .map(a -> new Reading(a.getAdmin(), a.getReason(), a.getAddress(), a.getAccessedAt())).toList();
  }

  private Referral get(StaffScope scope, long referralId) {
    return referrals.findForUpdate(referralId, scope).orElseThrow(() -> new NotFoundException("No case " + referralId + " is visible to you."));
  }
}
