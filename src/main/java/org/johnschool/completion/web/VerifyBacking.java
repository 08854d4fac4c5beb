package org.johnschool.completion.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.johnschool.completion.application.Certificates;
import org.johnschool.completion.application.Certificates.Verification;

/** The public verification page (verify.xhtml?number=): valid or revoked, the case number and completion date, nothing else. */
@Named
@RequestScoped
public class VerifyBacking {

  @Inject Certificates certificates;

  private String number;
  private Verification result;
  private boolean checked;

  public void check() {
    if (number != null && !number.isBlank()) {
      result = certificates.verify(number).orElse(null);
      checked = true;
    }
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number == null || number.length() > 40 ? null : number;
  }

  public Verification getResult() {
    return result;
  }

  public boolean isChecked() {
    return checked;
  }
}
