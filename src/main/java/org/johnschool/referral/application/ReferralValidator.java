package org.johnschool.referral.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.johnschool.platform.FieldError;
import org.johnschool.referral.application.ReferralRequest.AliasRequest;
import org.johnschool.referral.application.ReferralRequest.ChargeRequest;
import org.johnschool.referral.application.ReferralRequest.PersonRequest;
import org.johnschool.referral.domain.PersonDetails;
import org.johnschool.referral.domain.ReferralFacts;
import org.johnschool.referral.domain.ReferralFacts.ChargeFacts;
import org.johnschool.referral.domain.ReferralFacts.Declarations;
import org.johnschool.referral.domain.Sex;

/**
 * The one place where a referral's input is checked, for the form, REST and the docket import
 * alike. Every problem is reported with the field's name as the client sent it.
 */
public final class ReferralValidator {

  public static final int MAX_CHARGES = 20;
  public static final int MAX_ALIASES = 10;
  private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  private static final Pattern CASE_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ./:_-]*");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*");
  private static final Pattern STATUTE = Pattern.compile("[A-Za-z0-9§][A-Za-z0-9 ().,:/§-]*");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("[0-9+() .x-]{7,40}");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
  /** Letters (any script), marks, spaces and the punctuation found in names. */
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .'-]*");
  private static final Set<String> SEXES = Set.of("M", "F", "X", "U");

  private final Clock clock;
  private final List<FieldError> errors = new ArrayList<>();

  private ReferralValidator(Clock clock) {
    this.clock = clock;
  }

  /** Either the checked referral, or every problem found. */
  public sealed interface Result permits Valid, Invalid {}

  public record Valid(ValidReferral referral) implements Result {}

  public record Invalid(List<FieldError> errors) implements Result {}

  public static Result check(ReferralRequest r, Clock clock) {
    return new ReferralValidator(clock).run(r);
  }

  private Result run(ReferralRequest r) {
    if (r == null) {
      return new Invalid(List.of(new FieldError("body", "Send a referral as a JSON object.")));
    }
    LocalDate today = LocalDate.now(clock);
    String court = required("court", r.court(), 20);
    if (court != null) {
      court = court.toUpperCase(Locale.ROOT);
    }
    String caseNumber = matching("courtCaseNumber", required("courtCaseNumber", r.courtCaseNumber(), 40), CASE_NUMBER,
        "Use letters, digits, spaces and . / : _ - only.");
    String tracking = matching("trackingNumber", optional("trackingNumber", r.trackingNumber(), 40), CASE_NUMBER,
        "Use letters, digits, spaces and . / : _ - only.");
    LocalDate arrest = date("arrestDate", r.arrestDate(), true);
    String agency = text("arrestingAgency", required("arrestingAgency", r.arrestingAgency(), 100));
    LocalDate referral = date("referralDate", r.referralDate(), true);
    LocalDate deadline = date("deadline", r.deadline(), true);
    LocalDate nextCourt = date("nextCourtDate", r.nextCourtDate(), false);

    if (arrest != null && arrest.isAfter(today)) {
      add("arrestDate", "The arrest date cannot be in the future.");
    }
    if (referral != null && referral.isAfter(today)) {
      add("referralDate", "The referral date cannot be in the future.");
    }
    if (arrest != null && referral != null && referral.isBefore(arrest)) {
      add("referralDate", "The referral date cannot be before the arrest date.");
    }
    if (referral != null && deadline != null) {
      if (deadline.isBefore(referral)) {
        add("deadline", "The deadline cannot be before the referral date.");
      } else if (deadline.isAfter(referral.plusYears(3))) {
        add("deadline", "The deadline must be within 3 years of the referral date.");
      }
    }
    if (referral != null && nextCourt != null && nextCourt.isBefore(referral)) {
      add("nextCourtDate", "The next court date cannot be before the referral date.");
    }

    PersonDetails person = person(r.person(), arrest);
    List<ChargeFacts> charges = charges(r.charges());
    Declarations declarations = r.screening() == null ? Declarations.NONE : new Declarations(
        yes(r.screening().priorSolicitationOffense()), yes(r.screening().priorDiversion()),
        yes(r.screening().registeredSexOffender()), yes(r.screening().pendingSimilarCharge()));

    if (!errors.isEmpty()) {
      return new Invalid(List.copyOf(errors));
    }
    return new Valid(new ValidReferral(court,
        new ReferralFacts(caseNumber, tracking, arrest, agency, referral, deadline, nextCourt, charges, declarations), person));
  }

  private PersonDetails person(PersonRequest p, LocalDate arrest) {
    if (p == null) {
      add("person", "Give the referred person's details.");
      return null;
    }
    String first = name("person.firstName", required("person.firstName", p.firstName(), 100));
    String middle = name("person.middleName", optional("person.middleName", p.middleName(), 100));
    String last = name("person.lastName", required("person.lastName", p.lastName(), 100));
    LocalDate dob = date("person.dateOfBirth", p.dateOfBirth(), true);
    if (dob != null && arrest != null && !dob.isBefore(arrest)) {
      add("person.dateOfBirth", "The date of birth must be before the arrest date.");
    }
    String sex = required("person.sex", p.sex(), 1);
    if (sex != null && !SEXES.contains(sex.toUpperCase(Locale.ROOT))) {
      add("person.sex", "Use M, F, X or U.");
      sex = null;
    }
    String stateId = matching("person.stateId", optional("person.stateId", p.stateId(), 30), IDENTIFIER, "Use letters, digits and hyphens only.");
    String fbi = matching("person.fbiNumber", optional("person.fbiNumber", p.fbiNumber(), 30), IDENTIFIER, "Use letters, digits and hyphens only.");
    String address = text("person.address", optional("person.address", p.address(), 300));
    String phone = matching("person.phone", optional("person.phone", p.phone(), 40), PHONE, "Use digits, spaces and + ( ) . - x; at least 7.");
    String email = matching("person.email", optional("person.email", p.email(), 200), EMAIL, "Enter an e-mail address such as name@example.org.");
    String language = optional("person.preferredLanguage", p.preferredLanguage(), 2);
    language = language == null ? "en" : language.toLowerCase(Locale.ROOT);
    if (!LANGUAGE.matcher(language).matches()) {
      add("person.preferredLanguage", "Use a two-letter language code such as en or es.");
    }
    List<PersonDetails.Alias> aliases = new ArrayList<>();
    if (p.aliases() != null) {
      if (p.aliases().size() > MAX_ALIASES) {
        add("person.aliases", "At most " + MAX_ALIASES + " aliases.");
      }
      for (int i = 0; i < Math.min(p.aliases().size(), MAX_ALIASES); i++) {
        AliasRequest a = p.aliases().get(i);
        String f = "person.aliases[" + i + "]";
        if (a == null) {
          add(f, "Give the alias's names.");
          continue;
        }
        String af = name(f + ".firstName", optional(f + ".firstName", a.firstName(), 100));
        String al = name(f + ".lastName", required(f + ".lastName", a.lastName(), 100));
        aliases.add(new PersonDetails.Alias(af, al));
      }
    }
    return new PersonDetails(first, middle, last, aliases, dob,
        sex == null ? null : Sex.valueOf(sex.toUpperCase(Locale.ROOT)), stateId, fbi, address, phone, email, language);
  }

  private List<ChargeFacts> charges(List<ChargeRequest> charges) {
    List<ChargeFacts> result = new ArrayList<>();
    if (charges == null || charges.isEmpty()) {
      add("charges", "List at least one charge.");
      return result;
    }
    if (charges.size() > MAX_CHARGES) {
      add("charges", "At most " + MAX_CHARGES + " charges.");
      return result;
    }
    for (int i = 0; i < charges.size(); i++) {
      ChargeRequest c = charges.get(i);
      String f = "charges[" + i + "]";
      if (c == null) {
        add(f, "Give the charge's statute code and description.");
        continue;
      }
      String code = matching(f + ".statuteCode", required(f + ".statuteCode", c.statuteCode(), 40), STATUTE,
          "Use letters, digits, spaces and ( ) . , : / - § only.");
      String description = text(f + ".description", required(f + ".description", c.description(), 300));
      result.add(new ChargeFacts(code, description));
    }
    return result;
  }

  private String required(String field, String value, int max) {
    String v = optional(field, value, max);
    if (v == null && !hasError(field)) {
      add(field, "This field is required.");
    }
    return v;
  }

  private String optional(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (v.length() > max) {
      add(field, "At most " + max + " characters (this has " + v.length() + ").");
      return null;
    }
    if (v.chars().anyMatch(ch -> Character.isISOControl(ch))) {
      add(field, "Contains control characters; remove them.");
      return null;
    }
    return v;
  }

  private String name(String field, String value) {
    if (value != null && !NAME.matcher(value).matches()) {
      add(field, "Use letters, spaces, apostrophes, hyphens and dots only.");
      return null;
    }
    return value;
  }

  /** Free text: a leading = + - @ would turn into a formula when exported to a spreadsheet. */
  private String text(String field, String value) {
    if (value != null && "=+-@".indexOf(value.charAt(0)) >= 0) {
      add(field, "Cannot start with = + - or @.");
      return null;
    }
    return value;
  }

  private String matching(String field, String value, Pattern pattern, String message) {
    if (value != null && !pattern.matcher(value).matches()) {
      add(field, message);
      return null;
    }
    return value;
  }

  private LocalDate date(String field, String value, boolean required) {
    String v = required ? required(field, value, 10) : optional(field, value, 10);
    if (v == null) {
      return null;
    }
    try {
      LocalDate d = LocalDate.parse(v);
      if (d.isBefore(EARLIEST) || d.getYear() > 2999) {
        add(field, "The date is out of range.");
        return null;
      }
      return d;
    } catch (DateTimeParseException e) {
      add(field, "Use the form YYYY-MM-DD with a real date (got \"" + v + "\").");
      return null;
    }
  }

  private static boolean yes(Boolean b) {
    return Boolean.TRUE.equals(b);
  }

  private boolean hasError(String field) {
    return errors.stream().anyMatch(e -> e.field().equals(field));
  }

  private void add(String field, String message) {
    errors.add(new FieldError(field, message));
  }
}
