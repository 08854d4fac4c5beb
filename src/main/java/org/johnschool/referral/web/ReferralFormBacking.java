package org.johnschool.referral.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.johnschool.court.application.CourtDirectory;
import org.johnschool.court.domain.Court;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.BusinessException;
import org.johnschool.platform.web.Messages;
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

  @Inject CurrentStaff staff;
  @Inject CourtDirectory courts;
  @Inject ReferralIntake intake;

  private List<CourtOption> courtOptions;
  private String court;
  private String courtCaseNumber;
  private String trackingNumber;
  private String arrestDate;
  private String arrestingAgency;
  private String referralDate = LocalDate.now().toString();
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
    courtOptions = courts.courtsOf(scope).stream()
        .filter(Court::isActive)
        .filter(c -> scope.mayUseCourt(c.getId()))
        .map(c -> new CourtOption(c.getCode(), c.getName()))
        .toList();
    if (courtOptions.size() == 1) {
      court = courtOptions.get(0).code();
    }
  }

  public void addCharge() {
    charges.add(new ChargeRow());
  }

  public void removeCharge(ChargeRow row) {
    if (charges.size() > 1) {
      charges.remove(row);
    }
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
      Messages.refused(e, field -> field.startsWith("charges") ? null : "refer:" + FIELD_IDS.getOrDefault(field, "court"));
      return null;
    }
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
