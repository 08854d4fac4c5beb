package org.johnschool.notification.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.mail.Authenticator;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;
import org.johnschool.platform.ScheduledRuns;
import org.johnschool.notification.domain.Delivery;
import org.johnschool.notification.domain.Notice;

/**
 * Sends pending notices by e-mail every minute through the SMTP server named by {@code JSM_SMTP_HOST}
 * (with {@code JSM_SMTP_PORT}, {@code JSM_SMTP_USER}, {@code JSM_SMTP_PASSWORD}, {@code JSM_SMTP_FROM},
 * {@code JSM_SMTP_STARTTLS}). Without a host nothing is sent and notices wait. Demo mode never mails:
 * its notices are written as outbox-only. Logs carry counts, never addresses or names.
 */
@Singleton
public class MailDispatcher {

  private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());
  static final int BATCH = 50;

  @PersistenceContext EntityManager em;
  @Inject ScheduledRuns runs;
  @Inject Clock clock;

  @Schedule(hour = "*", minute = "*", persistent = false)
  void sendPending() {
    String host = System.getenv("JSM_SMTP_HOST");
    if (host == null || host.isBlank() || !runs.claim("mail", java.time.Instant.now())) {
      return;
    }
    List<Notice> pending = em.createQuery("select n from Notice n where n.delivery = :d order by n.createdAt", Notice.class)
        .setParameter("d", Delivery.PENDING).setMaxResults(BATCH).getResultList();
    if (pending.isEmpty()) {
      return;
    }
    Session session = session(host);
    int sent = 0;
    int failed = 0;
    for (Notice n : pending) {
      try {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(env("JSM_SMTP_FROM", "no-reply@localhost")));
        m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(n.getRecipient(), true));
        m.setSubject(n.getSubject(), "UTF-8");
        m.setText(n.getBody(), "UTF-8");
        m.setSentDate(new Date());
        Transport.send(m);
        n.sent(clock.instant());
        sent++;
      } catch (MessagingException e) {
        n.failed();
        failed++;
      }
    }
    LOG.info("Notices mailed: " + sent + ", failed: " + failed);
  }

  private static Session session(String host) {
    Properties p = new Properties();
    p.put("mail.smtp.host", host);
    p.put("mail.smtp.port", env("JSM_SMTP_PORT", "587"));
    p.put("mail.smtp.starttls.enable", env("JSM_SMTP_STARTTLS", "true"));
    p.put("mail.smtp.connectiontimeout", "10000");
    p.put("mail.smtp.timeout", "10000");
    String user = System.getenv("JSM_SMTP_USER");
    if (user == null || user.isBlank()) {
      return Session.getInstance(p);
    }
    p.put("mail.smtp.auth", "true");
    String password = env("JSM_SMTP_PASSWORD", "");
    return Session.getInstance(p, new Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        return new PasswordAuthentication(user, password);
      }
    });
  }

  private static String env(String name, String otherwise) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? otherwise : v;
  }
}
