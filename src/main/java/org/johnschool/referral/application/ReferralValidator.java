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
import org.johnschool.platform.Phrase;
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
      return new Invalid(List.of(new FieldError("body", Phrase.of("referral.body"))));
    }
    LocalDate today = LocalDate.now(clock);
    String court = required("court", r.court(), 20);
    if (court != null) {
      court = court.toUpperCase(Locale.ROOT);
    }
    String caseNumber = matching("courtCaseNumber", required("courtCaseNumber", r.courtCaseNumber(), 40), CASE_NUMBER,
        "input.caseNumberCharacters");
    String tracking = matching("trackingNumber", optional("trackingNumber", r.trackingNumber(), 40), CASE_NUMBER,
        "input.caseNumberCharacters");
    LocalDate arrest = date("arrestDate", r.arrestDate(), true);
    String agency = text("arrestingAgency", required("arrestingAgency", r.arrestingAgency(), 100));
    LocalDate referral = date("referralDate", r.referralDate(), true);
    LocalDate deadline = date("deadline", r.deadline(), true);
    LocalDate nextCourt = date("nextCourtDate", r.nextCourtDate(), false);

    if (arrest != null && arrest.isAfter(today)) {
      add("arrestDate", "referral.arrestDate.future");
    }
    if (referral != null && referral.isAfter(today)) {
      add("referralDate", "referral.referralDate.future");
    }
    if (arrest != null && referral != null && referral.isBefore(arrest)) {
      add("referralDate", "referral.referralDate.beforeArrest");
    }
    if (referral != null && deadline != null) {
      if (deadline.isBefore(referral)) {
        add("deadline", "referral.deadline.beforeReferral");
      } else if (deadline.isAfter(referral.plusYears(3))) {
        add("deadline", "referral.deadline.within", 3);
      }
    }
    if (referral != null && nextCourt != null && nextCourt.isBefore(referral)) {
      add("nextCourtDate", "referral.nextCourtDate.beforeReferral");
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
      add("person", "referral.person.missing");
      return null;
    }
    String first = name("person.firstName", required("person.firstName", p.firstName(), 100));
    String middle = name("person.middleName", optional("person.middleName", p.middleName(), 100));
    String last = name("person.lastName", required("person.lastName", p.lastName(), 100));
    LocalDate dob = date("person.dateOfBirth", p.dateOfBirth(), true);
    if (dob != null && arrest != null && !dob.isBefore(arrest)) {
      add("person.dateOfBirth", "referral.dateOfBirth.beforeArrest");
    }
    String sex = required("person.sex", p.sex(), 1);
    if (sex != null && !SEXES.contains(sex.toUpperCase(Locale.ROOT))) {
      add("person.sex", "referral.sex");
      sex = null;
    }
    String stateId = matching("person.stateId", optional("person.stateId", p.stateId(), 30), IDENTIFIER, "input.identifierCharacters");
    String fbi = matching("person.fbiNumber", optional("person.fbiNumber", p.fbiNumber(), 30), IDENTIFIER, "input.identifierCharacters");
    String address = text("person.address", optional("person.address", p.address(), 300));
    String phone = matching("person.phone", optional("person.phone", p.phone(), 40), PHONE, "input.phone");
    String email = matching("person.email", optional("person.email", p.email(), 200), EMAIL, "input.email");
    String language = optional("person.preferredLanguage", p.preferredLanguage(), 2);
    language = language == null ? "en" : language.toLowerCase(Locale.ROOT);
    if (!LANGUAGE.matcher(language).matches()) {
      add("person.preferredLanguage", "referral.language");
    }
    List<PersonDetails.Alias> aliases = new ArrayList<>();
    if (p.aliases() != null) {
      if (p.aliases().size() > MAX_ALIASES) {
        add("person.aliases", "referral.aliases.tooMany", MAX_ALIASES);
      }
      for (int i = 0; i < Math.min(p.aliases().size(), MAX_ALIASES); i++) {
        AliasRequest a = p.aliases().get(i);
        String f = "person.aliases[" + i + "]";
        if (a == null) {
          add(f, "referral.alias.missing");
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
      add("charges", "referral.charges.none");
      return result;
    }
    if (charges.size() > MAX_CHARGES) {
      add("charges", "referral.charges.tooMany", MAX_CHARGES);
      return result;
    }
    for (int i = 0; i < charges.size(); i++) {
      ChargeRequest c = charges.get(i);
      String f = "charges[" + i + "]";
      if (c == null) {
        add(f, "referral.charge.missing");
        continue;
      }
      String code = matching(f + ".statuteCode", required(f + ".statuteCode", c.statuteCode(), 40), STATUTE,
          "referral.statuteCharacters");
      String description = text(f + ".description", required(f + ".description", c.description(), 300));
      result.add(new ChargeFacts(code, description));
    }
    return result;
  }

  private String required(String field, String value, int max) {
    String v = optional(field, value, max);
    if (v == null && !hasError(field)) {
      add(field, "input.required");
    }
    return v;
  }

  private String optional(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (v.length() > max) {
      add(field, "input.tooLong", max, v.length());
      return null;
    }
    if (v.chars().anyMatch(ch -> Character.isISOControl(ch))) {
      add(field, "input.controlCharacters");
      return null;
    }
    return v;
  }

  private String name(String field, String value) {
    if (value != null && !NAME.matcher(value).matches()) {
      add(field, "input.nameCharacters");
      return null;
    }
    return value;
  }

  /** Free text: a leading = + - @ would turn into a formula when exported to a spreadsheet. */
  private String text(String field, String value) {
    if (value != null && "=+-@".indexOf(value.charAt(0)) >= 0) {
      add(field, "input.formulaStart");
      return null;
    }
    return value;
  }

  private String matching(String field, String value, Pattern pattern, String key) {
    if (value != null && !pattern.matcher(value).matches()) {
      add(field, key);
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
        add(field, "input.dateRange");
        return null;
      }
      return d;
    } catch (DateTimeParseException e) {
      add(field, "input.dateFormat", v);
      return null;
    }
  }

  private static boolean yes(Boolean b) {
    return Boolean.TRUE.equals(b);
  }

  private boolean hasError(String field) {
    return errors.stream().anyMatch(e -> e.field().equals(field));
  }

  /** A problem with a field, said as a phrase of the errors bundle (English for the API, the page's language on the form). */
  private void add(String field, String key, Object... args) {
    errors.add(new FieldError(field, Phrase.of(key, args)));
  }
}
