package org.johnschool.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.johnschool.court.domain.Court;
import org.johnschool.platform.AuditedEntity;
import org.johnschool.platform.Phrase;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.program.domain.Program;

/**
 * A staff account of a program. Guards the sign-in rules: CJIS AC-7 lockout after
 * {@value #MAX_FAILED_LOGINS} consecutive failures within 15 minutes, released only by an admin.
 */
@Entity
@Table(name = "app_user")
@Audited
public class StaffUser extends AuditedEntity {

  public static final int MAX_FAILED_LOGINS = 5;
  public static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);
  public static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,100}");

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
  @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "program_id")
  private Program program;

  @Column(nullable = false, unique = true, length = 100)
  private String username;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Role role;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "court_id")
  private Court court;

  @NotAudited
  @Column(name = "password_hash", nullable = false, length = 300)
  private String passwordHash;

  @Column(name = "password_changed_at", nullable = false)
  private Instant passwordChangedAt;

  @Column(nullable = false)
  private boolean enabled = true;

  @NotAudited
  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @NotAudited
  @Column(name = "first_failed_at")
  private Instant firstFailedAt;

  @Column(name = "locked_at")
  private Instant lockedAt;

  @NotAudited
  @Convert(converter = SealedSecretConverter.class)
  @Column(name = "mfa_secret", length = 200)
  private String mfaSecret;

  @Column(name = "mfa_enrolled_at")
  private Instant mfaEnrolledAt;

  @NotAudited
  @Column(name = "mfa_last_step")
  private Long mfaLastStep;

  @Column(name = "mfa_required", nullable = false)
  private boolean mfaRequired;

  /** The pages' language the person chose (en, es), or null for the browser's. */
  @Column(length = 2)
  private String language;

  protected StaffUser() {}

  public StaffUser(Program program, String username, String displayName, Role role, Court court, String passwordHash) {
    this.program = Objects.requireNonNull(program);
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw new InvalidInputException("username", Phrase.of("user.username"));
    }
    this.username = username;
    describe(displayName);
    assign(role, court);
    setPasswordHash(passwordHash);
  }

  /** The person chose the pages' language: kept for their next sign-in. */
  public void prefer(String language) {
    if (!"en".equals(language) && !"es".equals(language)) {
      throw new InvalidInputException("language", Phrase.of("user.language"));
    }
    this.language = language;
  }

  public String getLanguage() {
    return language;
  }

  public void describe(String displayName) {
    if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
      throw new InvalidInputException("displayName", Phrase.of("user.displayName"));
    }
    this.displayName = displayName.trim();
  }

  /** Gives the account a role; a clerk must have a court of the same program, nobody else has one. */
  public void assign(Role role, Court court) {
    if (role == null) {
      throw new InvalidInputException("role", Phrase.of("user.role"));
    }
    if (role == Role.CLERK && court == null) {
      throw new InvalidInputException("court", Phrase.of("user.court.missing"));
    }
    if (court != null && !court.getProgram().getId().equals(program.getId())) {
      throw new InvalidInputException("court", Phrase.of("user.court.otherProgram"));
    }
    this.role = role;
    this.court = role == Role.CLERK ? court : null;
  }

  public void setPasswordHash(String passwordHash) {
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.passwordChangedAt = Instant.now();
  }

  /** Counts a failed sign-in; returns true when this failure locks the account. */
  public boolean recordFailedLogin(Instant now) {
    if (firstFailedAt == null || now.isAfter(firstFailedAt.plus(FAILURE_WINDOW))) {
      firstFailedAt = now;
      failedLogins = 0;
    }
    failedLogins++;
    if (failedLogins >= MAX_FAILED_LOGINS && lockedAt == null) {
      lockedAt = now;
      return true;
    }
    return false;
  }

  public void recordSuccessfulLogin() {
    failedLogins = 0;
    firstFailedAt = null;
  }

  /** An admin releases a locked account. */
  public void release() {
    lockedAt = null;
    failedLogins = 0;
    firstFailedAt = null;
  }

  public void disable() {
    enabled = false;
  }

  public void enable() {
    enabled = true;
  }

  /**
   * Two-step sign-in is set up once the person has typed a code from the app that holds the secret
   * (so a mistyped secret never locks them out); that code is used up.
   */
  public boolean enrolSecondFactor(String secret, String typedCode, Instant now) {
    var step = OneTimeCode.matchingStep(secret, typedCode, now);
    if (step.isEmpty()) {
      return false;
    }
    mfaSecret = secret;
    mfaEnrolledAt = now;
    mfaLastStep = step.getAsLong();
    return true;
  }

  /** Checks a one-time code; each time step is accepted once (RFC 6238 section 5.2), never an earlier one. */
  public boolean acceptOneTimeCode(String typedCode, Instant now) {
    if (mfaSecret == null) {
      return false;
    }
    var step = OneTimeCode.matchingStep(mfaSecret, typedCode, now);
    if (step.isEmpty() || (mfaLastStep != null && step.getAsLong() <= mfaLastStep)) {
      return false;
    }
    mfaLastStep = step.getAsLong();
    return true;
  }

  /** An admin clears the second factor (lost phone); the person sets it up again at the next sign-in. */
  public void resetSecondFactor() {
    mfaSecret = null;
    mfaEnrolledAt = null;
    mfaLastStep = null;
  }

  public void requireSecondFactor(boolean required) {
    mfaRequired = required;
  }

  public boolean hasSecondFactor() {
    return mfaEnrolledAt != null;
  }

  public boolean isSecondFactorRequired() {
    return mfaRequired;
  }

  public Instant getSecondFactorEnrolledAt() {
    return mfaEnrolledAt;
  }

  public boolean canSignIn() {
    return enabled && lockedAt == null;
  }

  public boolean isLocked() {
    return lockedAt != null;
  }

  public Long getId() {
    return id;
  }

  public Program getProgram() {
    return program;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public Role getRole() {
    return role;
  }

  public Court getCourt() {
    return court;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public Instant getPasswordChangedAt() {
    return passwordChangedAt;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Instant getLockedAt() {
    return lockedAt;
  }

  public int getFailedLogins() {
    return failedLogins;
  }
}
