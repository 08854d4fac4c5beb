package org.johnschool.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.envers.Audited;
import org.johnschool.platform.AuditedEntity;
import org.johnschool.platform.Phrase;
import org.johnschool.platform.FieldError;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.program.domain.Program;

/**
 * A program's eligibility rules, all in one place: which statutes are buyer offenses, which are
 * trafficking, the minimum age, and which history rules apply. {@link #screen} applies them and
 * gives every rule's finding, met or not.
 */
@Entity
@Table(name = "eligibility_policy")
@Audited
public class EligibilityPolicy extends AuditedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "eligibility_policy_seq")
  @SequenceGenerator(name = "eligibility_policy_seq", sequenceName = "eligibility_policy_seq", allocationSize = 50)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "program_id", unique = true)
  private Program program;

  @Column(name = "minimum_age", nullable = false)
  private int minimumAge;

  @Column(name = "buyer_statutes", nullable = false, length = 2000)
  private String buyerStatutes;

  @Column(name = "trafficking_statutes", nullable = false, length = 2000)
  private String traffickingStatutes;

  @Column(name = "require_first_offense", nullable = false)
  private boolean requireFirstOffense;

  @Column(name = "require_no_prior_diversion", nullable = false)
  private boolean requireNoPriorDiversion;

  @Column(name = "exclude_registered_offenders", nullable = false)
  private boolean excludeRegisteredOffenders;

  @Column(name = "exclude_pending_similar", nullable = false)
  private boolean excludePendingSimilar;

  protected EligibilityPolicy() {}

  /** The usual rules (California statutes as the example; every one can be changed by an admin). */
  /** The statuses of an earlier referral that show the person took part in a diversion before (the "prior diversion" rule). */
  public static final java.util.Set<ReferralStatus> PRIOR_DIVERSION = java.util.EnumSet.of(ReferralStatus.ENROLLED,
      ReferralStatus.COMPLETED, ReferralStatus.FAILED, ReferralStatus.RETURNED_TO_COURT, ReferralStatus.DISMISSED);

  /** How many of these earlier referrals' statuses count as a prior diversion. */
  public static int priorDiversions(java.util.Collection<ReferralStatus> earlier) {
    return (int) earlier.stream().filter(PRIOR_DIVERSION::contains).count();
  }

  public static EligibilityPolicy standard(Program program) {
    EligibilityPolicy p = new EligibilityPolicy();
    p.program = program;
    p.change(18, List.of("647(b)", "647(b)(1)", "653.22"), List.of("236.1", "266h", "266i"), true, true, true, true);
    return p;
  }

  public void change(int minimumAge, List<String> buyerStatutes, List<String> traffickingStatutes,
      boolean requireFirstOffense, boolean requireNoPriorDiversion, boolean excludeRegisteredOffenders,
      boolean excludePendingSimilar) {
    List<FieldError> errors = new ArrayList<>();
    if (minimumAge < 0 || minimumAge > 99) {
      errors.add(new FieldError("minimumAge", Phrase.of("eligibility.age")));
    }
    String buyers = join(buyerStatutes);
    String trafficking = join(traffickingStatutes);
    if (buyers.isEmpty()) {
      errors.add(new FieldError("buyerStatutes", Phrase.of("eligibility.buyerStatutes")));
    }
    if (buyers.length() > 2000 || trafficking.length() > 2000) {
      errors.add(new FieldError("buyerStatutes", Phrase.of("eligibility.listsLength")));
    }
    Set<String> both = new LinkedHashSet<>(codes(buyers));
    both.retainAll(codes(trafficking));
    if (!both.isEmpty()) {
      errors.add(new FieldError("traffickingStatutes", Phrase.of("eligibility.bothLists", both)));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    this.minimumAge = minimumAge;
    this.buyerStatutes = buyers;
    this.traffickingStatutes = trafficking;
    this.requireFirstOffense = requireFirstOffense;
    this.requireNoPriorDiversion = requireNoPriorDiversion;
    this.excludeRegisteredOffenders = excludeRegisteredOffenders;
    this.excludePendingSimilar = excludePendingSimilar;
  }

  /** Applies every rule in force; the referral is eligible when all findings are met. */
  public List<Finding> screen(ScreeningFacts facts) {
    // Each charge by the code it stands for, shown as the court wrote it.
    Map<String, String> charged = new LinkedHashMap<>();
    facts.statuteCodes().stream().map(StatuteCode::read).forEach(c -> charged.putIfAbsent(c.key(), c.asWritten()));
    Set<String> buyers = codes(buyerStatutes);
    Set<String> trafficking = codes(traffickingStatutes);
    List<Finding> findings = new ArrayList<>();

    String buyerCharges = asWritten(charged, buyers);
    findings.add(buyerCharges.isEmpty()
        ? Finding.notMet(EligibilityRule.BUYER_OFFENSE, "notMet", String.join(", ", charged.values()))
        : Finding.met(EligibilityRule.BUYER_OFFENSE, buyerCharges));

    String traffickingCharged = asWritten(charged, trafficking);
    findings.add(traffickingCharged.isEmpty()
        ? Finding.met(EligibilityRule.NO_TRAFFICKING_CHARGE)
        : Finding.notMet(EligibilityRule.NO_TRAFFICKING_CHARGE, "notMet", traffickingCharged));

    findings.add(facts.ageAtArrest() >= minimumAge
        ? Finding.met(EligibilityRule.ADULT, facts.ageAtArrest(), minimumAge)
        : Finding.notMet(EligibilityRule.ADULT, "notMet", facts.ageAtArrest(), minimumAge));

    if (requireFirstOffense) {
      findings.add(facts.declaredPriorOffense()
          ? Finding.notMet(EligibilityRule.FIRST_OFFENSE, "declared")
          : facts.earlierReferralsOnRecord() > 0
              ? Finding.notMet(EligibilityRule.FIRST_OFFENSE, "onRecord", facts.earlierReferralsOnRecord())
              : Finding.met(EligibilityRule.FIRST_OFFENSE));
    }
    if (requireNoPriorDiversion) {
      findings.add(facts.declaredPriorDiversion()
          ? Finding.notMet(EligibilityRule.NO_PRIOR_DIVERSION, "declared")
          : facts.earlierDiversionsOnRecord() > 0
              ? Finding.notMet(EligibilityRule.NO_PRIOR_DIVERSION, "onRecord", facts.earlierDiversionsOnRecord())
              : Finding.met(EligibilityRule.NO_PRIOR_DIVERSION));
    }
    if (excludeRegisteredOffenders) {
      findings.add(facts.declaredRegisteredOffender()
          ? Finding.notMet(EligibilityRule.NOT_REGISTERED_SEX_OFFENDER, "notMet")
          : Finding.met(EligibilityRule.NOT_REGISTERED_SEX_OFFENDER));
    }
    if (excludePendingSimilar) {
      findings.add(facts.declaredPendingSimilarCharge()
          ? Finding.notMet(EligibilityRule.NO_PENDING_SIMILAR_CHARGE, "notMet")
          : Finding.met(EligibilityRule.NO_PENDING_SIMILAR_CHARGE));
    }
    return findings;
  }

  public static EligibilityResult resultOf(List<Finding> findings) {
    return findings.stream().allMatch(Finding::met) ? EligibilityResult.ELIGIBLE : EligibilityResult.INELIGIBLE;
  }

  /** The codes of a rule list by what they stand for ({@link StatuteCode#keyOf}): "PC 647(b)" in a list is 647(B). */
  private static Set<String> codes(String list) {
    return Arrays.stream(list.split(",")).map(StatuteCode::keyOf).filter(s -> !s.isEmpty())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** The charges whose code is in the list, as the court wrote them. */
  private static String asWritten(Map<String, String> charged, Set<String> list) {
    return charged.entrySet().stream().filter(e -> list.contains(e.getKey())).map(Map.Entry::getValue)
        .collect(Collectors.joining(", "));
  }

  private static String join(List<String> codes) {
    return codes == null ? "" : codes.stream().map(String::trim).filter(s -> !s.isEmpty()).distinct().collect(Collectors.joining(","));
  }

  public Long getId() {
    return id;
  }

  public Program getProgram() {
    return program;
  }

  public int getMinimumAge() {
    return minimumAge;
  }

  public List<String> getBuyerStatutes() {
    return List.of(buyerStatutes.split(","));
  }

  public List<String> getTraffickingStatutes() {
    return traffickingStatutes.isEmpty() ? List.of() : List.of(traffickingStatutes.split(","));
  }

  public boolean isRequireFirstOffense() {
    return requireFirstOffense;
  }

  public boolean isRequireNoPriorDiversion() {
    return requireNoPriorDiversion;
  }

  public boolean isExcludeRegisteredOffenders() {
    return excludeRegisteredOffenders;
  }

  public boolean isExcludePendingSimilar() {
    return excludePendingSimilar;
  }
}
