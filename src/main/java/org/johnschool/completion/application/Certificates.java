package org.johnschool.completion.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.johnschool.completion.domain.Certificate;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.platform.NotFoundException;
import org.johnschool.program.domain.Program;
import org.johnschool.referral.application.CaseOutcomes;
import org.johnschool.referral.application.CaseOutcomes.CaseOutcome;

/** Certificates of completion: issued when a case completes, printed, verified by anyone by number, revoked by admins. */
@Stateless
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME, Role.FACILITATOR_NAME})
public class Certificates {

  @PersistenceContext EntityManager em;
  @Inject CaseOutcomes outcomes;
  @Inject org.johnschool.program.application.ProgramTime time;

  public record CertificateView(String number, LocalDate completedOn, boolean valid, Instant issuedAt, Instant revokedAt, String revokeReason) implements java.io.Serializable {
    static CertificateView of(Certificate c) {
      return new CertificateView(c.getNumber(), c.getCompletedOn(), c.isValid(), c.getIssuedAt(), c.getRevokedAt(), c.getRevokeReason());
    }
  }

  /** What the public verification page shows: valid or revoked, the case number, the completion date; nothing else. */
  public record Verification(String number, boolean valid, String courtCaseNumber, LocalDate completedOn) {}

  /** What the certificate PDF prints. */
  public record CertificateDocument(CertificateView certificate, String programName, String programAddress, String participant,
      String courtCaseNumber, String courtName) {}

  /** Issues the case's certificate (once; a case that has one keeps it). */
  public CertificateView issue(StaffScope scope, long referralId, LocalDate completedOn) {
    Optional<Certificate> existing = find(scope, referralId);
    if (existing.isPresent()) {
      return CertificateView.of(existing.get());
    }
    Certificate c = new Certificate(scope.programId(), referralId, completedOn, time.instant());
    em.persist(c);
    em.flush();
    return CertificateView.of(c);
  }

  public Optional<CertificateView> ofCase(StaffScope scope, long referralId) {
    outcomes.outcome(scope, referralId); // 404 unless visible
    return find(scope, referralId).map(CertificateView::of);
  }

  /** The number of the case's valid certificate, if any (compliance letters print it). */
  @RolesAllowed({Role.CLERK_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
  public String numberOf(StaffScope scope, long referralId) {
    return find(scope, referralId).filter(Certificate::isValid).map(Certificate::getNumber).orElse(null);
  }

  public CertificateDocument document(StaffScope scope, long referralId) {
    CaseOutcome o = outcomes.outcome(scope, referralId);
    Certificate c = find(scope, referralId).orElseThrow(() -> new NotFoundException("Case " + referralId + " has no certificate."));
    Program p = em.find(Program.class, scope.programId());
    return new CertificateDocument(CertificateView.of(c), p.getName(), p.getAddress(), o.fullName(), o.courtCaseNumber(), o.courtName());
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public CertificateView revoke(StaffScope scope, long referralId, String reason) {
    outcomes.outcome(scope, referralId);
    Certificate c = find(scope, referralId).orElseThrow(() -> new NotFoundException("Case " + referralId + " has no certificate."));
    c.revoke(reason, scope.username(), time.instant());
    em.flush();
    return CertificateView.of(c);
  }

  /** Anyone (a court, an employer the person shows it to) checks a number; an unknown or malformed number finds nothing. */
  @PermitAll
  public Optional<Verification> verify(String typed) {
    String number = Certificate.normalize(typed);
    if (number == null) {
      return Optional.empty();
    }
    return em.createQuery("select c, r.courtCaseNumber from Certificate c, Referral r where r.id = c.referralId and c.number = :n",
            Object[].class)
        .setParameter("n", number).getResultStream().findFirst()
        .map(row -> {
          Certificate c = (Certificate) row[0];
          return new Verification(c.getNumber(), c.isValid(), (String) row[1], c.getCompletedOn());
        });
  }

  private Optional<Certificate> find(StaffScope scope, long referralId) {
    return em.createQuery("select c from Certificate c where c.referralId = :r and c.programId = :p", Certificate.class)
        .setParameter("r", referralId).setParameter("p", scope.programId()).getResultStream().findFirst();
  }
}
