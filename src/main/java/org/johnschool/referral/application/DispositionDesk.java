package org.johnschool.referral.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.platform.Phrase;
import org.johnschool.platform.NotFoundException;
import org.johnschool.referral.domain.DispositionCategory;
import org.johnschool.referral.domain.Referral;
import org.johnschool.referral.domain.Referrals;

/** The clerk records the court's final disposition of a case of their court (admins may too). */
@Stateless
@RolesAllowed({Role.CLERK_NAME, Role.ADMIN_NAME})
public class DispositionDesk {

  @PersistenceContext EntityManager em;
  @Inject Referrals referrals;
  @Inject org.johnschool.program.application.ProgramTime time;

  /** The disposition as the clerk's page or a court system sends it, in text. */
  public record DispositionRequest(String category, String date, String description) {}

  public ReferralView record(StaffScope scope, long referralId, DispositionRequest request) {
    if (request == null) {
      throw new InvalidInputException("body", Phrase.of("disposition.body"));
    }
    Referral r = referrals.findForUpdate(referralId, scope).orElseThrow(() -> new NotFoundException("No case " + referralId + " is visible to you."));
    DispositionCategory category = null;
    if (request.category() != null && !request.category().isBlank()) {
      try {
        category = DispositionCategory.valueOf(request.category().trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("category", Phrase.of("disposition.category.unknown", request.category()));
      }
    }
    LocalDate date = null;
    if (request.date() != null && !request.date().isBlank()) {
      try {
        date = LocalDate.parse(request.date().trim());
      } catch (DateTimeParseException e) {
        throw new InvalidInputException("date", Phrase.of("input.date.invalid", request.date()));
      }
    }
    ZonedDateTime now = time.now(scope.programId());
    r.recordDisposition(category, date, request.description(), scope.username(), now.toLocalDate(), now.toInstant());
    em.flush();
    return ReferralView.of(r, scope);
  }
}
