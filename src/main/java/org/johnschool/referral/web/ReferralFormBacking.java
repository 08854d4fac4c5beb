package org.johnschool.referral.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.johnschool.court.application.CourtDirectory;
import org.johnschool.court.domain.Court;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.BusinessException;
import org.johnschool.platform.web.Messages;
import org.johnschool.referral.application.EligibilityRules;
import org.johnschool.referral.application.ReferralIntake;
import org.johnschool.referral.application.ReferralRequest;
import org.johnschool.referral.application.ReferralView;

/** The clerk's referral form (clerk/refer.xhtml): the same checks as REST, errors beside the fields. */
@Named
@ViewScoped
public class ReferralFormBacking implements Serializable {

  private static final Map<String, String> FIELD_IDS = Map.ofEntries(
      Map.entry("court", "court"), Map.entry("courtCaseNumber", "courtCaseNumber"), Map.entry("trackingNumber", "trackingNumber"),
      Map.entry("arrestDate", "arrestDate"), Map.entry("arrestingAgency", "arrestingAgency"), Map.entry("referralDate", "referralDate"),
      Map.entry("deadline", "deadline"), Map.entry("nextCourtDate", "nextCourtDate"), Map.entry("person.firstName", "firstName"),
      Map.entry("person.middleName", "middleName"), Map.entry("person.lastName", "lastName"),
      Map.entry("person.dateOfBirth", "dateOfBirth"), Map.entry("person.sex", "sex"), Map.entry("person.stateId", "stateId"),
      Map.entry("person.fbiNumber", "fbiNumber"), Map.entry("person.address", "address"), Map.entry("person.phone", "phone"),
      Map.entry("person.email", "email"), Map.entry("person.preferredLanguage", "preferredLanguage"));

  private static final Pattern CHARGE_FIELD = Pattern.compile("charges\\[(\\d+)\\](?:\\.(statuteCode|description))?");

  @Inject CurrentStaff staff;
  @Inject CourtDirectory courts;
  @Inject ReferralIntake intake;
  @Inject EligibilityRules rules;
  @Inject org.johnschool.program.application.ProgramTime time;

  private List<CourtOption> courtOptions;
  private List<String> statuteSuggestions;
  private String court;
  private String courtCaseNumber;
  private String trackingNumber;
  private String arrestDate;
  private String arrestingAgency;
  /** The program's today unless changed. */
  private String referralDate;
  private String deadline;
  private String nextCourtDate;
  private String firstName;
  private String middleName;
  private String lastName;
  private String aliases;
  private String dateOfBirth;
  private String sex;
  private String stateId;
  private String fbiNumber;
  private String address;
  private String phone;
  private String email;
  private String preferredLanguage = "en";
  private final List<ChargeRow> charges = new ArrayList<>(List.of(new ChargeRow()));
  private boolean priorOffense;
  private boolean priorDiversion;
  private boolean registered;
  private boolean pending;

  /** A court the person may refer to. */
  public record CourtOption(String code, String name) implements Serializable {}

  /** One editable charge line. */
  public static class ChargeRow implements Serializable {
    private String statuteCode;
    private String description;

    public String getStatuteCode() {
      return statuteCode;
    }

    public void setStatuteCode(String statuteCode) {
      this.statuteCode = statuteCode;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }
  }

  @PostConstruct
  void init() {
    var scope = staff.scope();
    referralDate = time.today(scope.programId()).toString();
    courtOptions = courts.courtsOf(scope).stream()
        .filter(Court::isActive)
        .filter(c -> scope.mayUseCourt(c.getId()))
        .map(c -> new CourtOption(c.getCode(), c.getName()))
        .toList();
    statuteSuggestions = rules.buyerStatutes(scope);
    if (courtOptions.size() == 1) {
      court = courtOptions.get(0).code();
    }
  }

  /** Adds an empty charge row and puts the keyboard's focus in its statute code. */
  public void addCharge() {
    charges.add(new ChargeRow());
    focusStatute(charges.size() - 1);
  }

  /** Removes a charge row (never the last one) and focuses the row that takes its place. */
  public void removeCharge(ChargeRow row) {
    int index = charges.indexOf(row);
    if (charges.size() > 1 && index >= 0) {
      charges.remove(index);
      focusStatute(Math.min(index, charges.size() - 1));
    }
  }

  private static void focusStatute(int row) {
    // The client id has only the form's, the rows' and the field's fixed ids and a row number: nothing typed.
    org.primefaces.PrimeFaces.current().executeScript(
        "document.getElementById('refer:chargeRows:" + row + ":statute').focus();");
  }

  /** A charge row's number as people count (1, 2, …), as text for the labels that carry it. */
  public String numberOf(ChargeRow row) {
    return Integer.toString(charges.indexOf(row) + 1);
  }

  /** The program's buyer-offense statutes, offered as the statute code's suggestions. */
  public List<String> getStatuteSuggestions() {
    return statuteSuggestions;
  }

  public String submit() {
    List<ReferralRequest.AliasRequest> aliasList = ReferralRequest.AliasRequest.parse(aliases, "\\R");
    ReferralRequest request = new ReferralRequest(court, courtCaseNumber, trackingNumber, arrestDate, arrestingAgency,
        referralDate, deadline, nextCourtDate,
        new ReferralRequest.PersonRequest(firstName, middleName, lastName, aliasList, dateOfBirth, sex, stateId, fbiNumber,
            address, phone, email, preferredLanguage),
        charges.stream().map(c -> new ReferralRequest.ChargeRequest(c.statuteCode, c.description)).toList(),
        new ReferralRequest.ScreeningRequest(priorOffense, priorDiversion, registered, pending));
    try {
      ReferralView created = intake.refer(request, staff.scope());
      Messages.info("refer.done", created.id(), Messages.text("status." + created.status()));
      return "/clerk/referral?faces-redirect=true&id=" + created.id();
    } catch (BusinessException e) {
      Messages.refused(e, ReferralFormBacking::clientIdOf);
      return null;
    }
  }

  /** The input a refused field is about: "charges[1].statuteCode" is the second charge row's statute code. */
  static String clientIdOf(String field) {
    Matcher charge = CHARGE_FIELD.matcher(field);
    if (charge.matches()) {
      return "refer:chargeRows:" + charge.group(1) + ":" + ("description".equals(charge.group(2)) ? "description" : "statute");
    }
    if (field.equals("charges")) {
      return "refer:chargeRows:0:statute";
    }
    if (field.startsWith("person.aliases")) {
      return "refer:aliases";
    }
    String id = FIELD_IDS.get(field);
    return id == null ? null : "refer:" + id;
  }

  public List<CourtOption> getCourtOptions() {
    return courtOptions;
  }

  public List<ChargeRow> getCharges() {
    return charges;
  }

  public String getCourt() {
    return court;
  }

  public void setCourt(String court) {
    this.court = court;
  }

  public String getCourtCaseNumber() {
    return courtCaseNumber;
  }

  public void setCourtCaseNumber(String v) {
    this.courtCaseNumber = v;
  }

  public String getTrackingNumber() {
    return trackingNumber;
  }

  public void setTrackingNumber(String v) {
    this.trackingNumber = v;
  }

  public String getArrestDate() {
    return arrestDate;
  }

  public void setArrestDate(String v) {
    this.arrestDate = v;
  }

  public String getArrestingAgency() {
    return arrestingAgency;
  }

  public void setArrestingAgency(String v) {
    this.arrestingAgency = v;
  }

  public String getReferralDate() {
    return referralDate;
  }

  public void setReferralDate(String v) {
    this.referralDate = v;
  }

  public String getDeadline() {
    return deadline;
  }

  public void setDeadline(String v) {
    this.deadline = v;
  }

  public String getNextCourtDate() {
    return nextCourtDate;
  }

  public void setNextCourtDate(String v) {
    this.nextCourtDate = v;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String v) {
    this.firstName = v;
  }

  public String getMiddleName() {
    return middleName;
  }

  public void setMiddleName(String v) {
    this.middleName = v;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String v) {
    this.lastName = v;
  }

  public String getAliases() {
    return aliases;
  }

  public void setAliases(String v) {
    this.aliases = v;
  }

  public String getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(String v) {
    this.dateOfBirth = v;
  }

  public String getSex() {
    return sex;
  }

  public void setSex(String v) {
    this.sex = v;
  }

  public String getStateId() {
    return stateId;
  }

  public void setStateId(String v) {
    this.stateId = v;
  }

  public String getFbiNumber() {
    return fbiNumber;
  }

  public void setFbiNumber(String v) {
    this.fbiNumber = v;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String v) {
    this.address = v;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String v) {
    this.phone = v;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String v) {
    this.email = v;
  }

  public String getPreferredLanguage() {
    return preferredLanguage;
  }

  public void setPreferredLanguage(String v) {
    this.preferredLanguage = v;
  }

  public boolean isPriorOffense() {
    return priorOffense;
  }

  public void setPriorOffense(boolean v) {
    this.priorOffense = v;
  }

  public boolean isPriorDiversion() {
    return priorDiversion;
  }

  public void setPriorDiversion(boolean v) {
    this.priorDiversion = v;
  }

  public boolean isRegistered() {
    return registered;
  }

  public void setRegistered(boolean v) {
    this.registered = v;
  }

  public boolean isPending() {
    return pending;
  }

  public void setPending(boolean v) {
    this.pending = v;
  }
}
