package org.johnschool.notification.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.notification.domain.Notice;
import org.johnschool.notification.domain.NoticeKind;

/**
 * Writes notices into the outbox in the participant's language (English when the bundle has no other),
 * within the caller's transaction, and lets admins read the outbox.
 */
@Stateless
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class Notices {

  static final String BUNDLE = "org.johnschool.i18n.notices";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** The outbox line as the admin page shows it. */
  public record OutboxLine(long id, java.time.Instant createdAt, NoticeKind kind, String recipient, String language, String subject,
      String body, String delivery, Long referralId, Long sessionId) implements java.io.Serializable {}

  /**
   * Writes one notice. {@code args} fill the kind's texts: {0} name, {1} date, {2} start, {3} end, {4} venue,
   * {5} address, {6} room, {7} reason (see notices.properties).
   */
  public void send(long programId, Long referralId, Long sessionId, NoticeKind kind, String recipient, String language, Object... args) {
    Locale locale = Locale.forLanguageTag(language == null ? "en" : language);
    ResourceBundle bundle = bundle(locale);
    String subject = new MessageFormat(bundle.getString(kind.name() + ".subject"), bundle.getLocale()).format(args);
    String body = new MessageFormat(bundle.getString(kind.name() + ".body"), bundle.getLocale()).format(args);
    em.persist(new Notice(programId, referralId, sessionId, kind, recipient, bundle.getLocale().getLanguage().isEmpty() ? "en"
        : bundle.getLocale().getLanguage(), subject, body, mailing(), clock.instant()));
  }

  /** Whether a notice of this kind about this case and session was already written (reminders go out once). */
  public boolean written(long referralId, long sessionId, NoticeKind kind) {
    return em.createQuery("select count(n) from Notice n where n.referralId = :r and n.sessionId = :s and n.kind = :k", Long.class)
        .setParameter("r", referralId).setParameter("s", sessionId).setParameter("k", kind).getSingleResult() > 0;
  }

  /** Admins: the newest notices of the program. */
  @RolesAllowed(Role.ADMIN_NAME)
  public List<OutboxLine> outbox(StaffScope scope, int first, int size) {
    return em.createQuery("select n, r.sealedAt from Notice n left join Referral r on r.id = n.referralId where n.programId = :p "
            + "order by n.createdAt desc, n.id desc", Object[].class)
        .setParameter("p", scope.programId()).setFirstResult(first).setMaxResults(size).getResultStream()
        .map(Notices::line).toList();
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public long outboxSize(StaffScope scope) {
    return em.createQuery("select count(n) from Notice n where n.programId = :p", Long.class).setParameter("p", scope.programId())
        .getSingleResult();
  }

  /** Notices that did not reach their recipient: the mail failed, or the participant has no address on file. */
  @RolesAllowed(Role.ADMIN_NAME)
  public long undelivered(StaffScope scope) {
    return em.createQuery("select count(n) from Notice n where n.programId = :p and n.delivery in :undelivered", Long.class)
        .setParameter("p", scope.programId())
        .setParameter("undelivered", java.util.List.of(org.johnschool.notification.domain.Delivery.FAILED,
            org.johnschool.notification.domain.Delivery.NO_ADDRESS))
        .getSingleResult();
  }

  /** Notices written about one case, newest first (the case page). */
  @RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
  public List<OutboxLine> ofCase(StaffScope scope, long referralId) {
    return em.createQuery("select n, r.sealedAt from Notice n left join Referral r on r.id = n.referralId where n.programId = :p "
            + "and n.referralId = :r order by n.createdAt desc, n.id desc", Object[].class)
        .setParameter("p", scope.programId()).setParameter("r", referralId).getResultStream()
        .map(Notices::line).toList();
  }

  /** A notice as pages show it; a sealed case's notice keeps its kind and dates but not its addressee or text. */
  private static OutboxLine line(Object[] row) {
    Notice n = (Notice) row[0];
    boolean sealed = row[1] != null;
    String hidden = org.johnschool.referral.domain.SealedIdentity.LABEL;
    return new OutboxLine(n.getId(), n.getCreatedAt(), n.getKind(), sealed ? null : n.getRecipient(), n.getLanguage(),
        sealed ? hidden : n.getSubject(), sealed ? hidden : n.getBody(), n.getDelivery().name(), n.getReferralId(), n.getSessionId());
  }

  private static ResourceBundle bundle(Locale locale) {
    try {
      return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    } catch (MissingResourceException e) {
      return ResourceBundle.getBundle(BUNDLE, Locale.ROOT, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
  }

  /** Demo mode keeps notices in the outbox; production mails them (JSM_MODE). */
  private static boolean mailing() {
    return !"demo".equalsIgnoreCase(System.getProperty("jsm.mode", "production"));
  }
}
