package org.johnschool.referral.application;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.johnschool.platform.Phrase;

/**
 * The columns of a court's docket file (CSV, header row, UTF-8). Names are case-insensitive; order is
 * free; optional columns may be left out. Documented in the README.
 */
public final class DocketColumns {

  public static final List<String> ALL = List.of(
      "court", "court_case_number", "tracking_number", "arrest_date", "arresting_agency", "referral_date", "deadline",
      "next_court_date", "first_name", "middle_name", "last_name", "aliases", "date_of_birth", "sex", "state_id",
      "fbi_number", "address", "phone", "email", "preferred_language", "charges", "prior_solicitation_offense",
      "prior_diversion", "registered_sex_offender", "pending_similar_charge");

  public static final Set<String> REQUIRED = Set.of(
      "court", "court_case_number", "arrest_date", "arresting_agency", "referral_date", "deadline", "first_name",
      "last_name", "date_of_birth", "sex", "charges");

  /** Which column a field of {@link ReferralRequest} comes from, for the row-by-row error report. */
  private static final Map<String, String> FIELD_TO_COLUMN = Map.ofEntries(
      Map.entry("court", "court"),
      Map.entry("courtCaseNumber", "court_case_number"),
      Map.entry("trackingNumber", "tracking_number"),
      Map.entry("arrestDate", "arrest_date"),
      Map.entry("arrestingAgency", "arresting_agency"),
      Map.entry("referralDate", "referral_date"),
      Map.entry("deadline", "deadline"),
      Map.entry("nextCourtDate", "next_court_date"),
      Map.entry("person.firstName", "first_name"),
      Map.entry("person.middleName", "middle_name"),
      Map.entry("person.lastName", "last_name"),
      Map.entry("person.dateOfBirth", "date_of_birth"),
      Map.entry("person.sex", "sex"),
      Map.entry("person.stateId", "state_id"),
      Map.entry("person.fbiNumber", "fbi_number"),
      Map.entry("person.address", "address"),
      Map.entry("person.phone", "phone"),
      Map.entry("person.email", "email"),
      Map.entry("person.preferredLanguage", "preferred_language"));

  /** How the charges cell is written, for the page, the template and the row report. */
  public static final String CHARGES_EXAMPLE = "647(b)|Solicitation;653.22|Loitering";

  private DocketColumns() {}

  /** A file to start from: the header row with every column, in the documented order (CRLF, as spreadsheets write). */
  public static String template() {
    return String.join(",", ALL) + "\r\n";
  }

  private static final java.util.regex.Pattern CHARGE_FIELD =
      java.util.regex.Pattern.compile("charges\\[(\\d+)\\]\\.(statuteCode|description)");

  /** A field's problem as the row report says it: a charge's by its number and part ("Charge 2 — statute code: …"). */
  public static Phrase describe(org.johnschool.platform.FieldError error) {
    Phrase problem = error.phrase() == null ? Phrase.text(error.message()) : error.phrase();
    var charge = CHARGE_FIELD.matcher(error.field());
    if (charge.matches()) {
      return Phrase.of("docket.charge.problem", Integer.parseInt(charge.group(1)) + 1,
          Phrase.of("statuteCode".equals(charge.group(2)) ? "docket.charge.statuteCode" : "docket.charge.description"), problem);
    }
    return problem;
  }

  public static String columnOf(String field) {
    if (field.startsWith("charges")) {
      return "charges";
    }
    if (field.startsWith("person.aliases")) {
      return "aliases";
    }
    return FIELD_TO_COLUMN.getOrDefault(field, field);
  }
}
