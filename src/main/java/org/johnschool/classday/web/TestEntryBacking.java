package org.johnschool.classday.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.johnschool.classday.application.PrePostTests;
import org.johnschool.classday.application.PrePostTests.KioskQuestion;
import org.johnschool.classday.application.PrePostTests.PaperEntry;
import org.johnschool.classday.application.PrePostTests.PaperForm;
import org.johnschool.curriculum.domain.QuestionKind;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.BusinessException;
import org.johnschool.platform.web.Messages;

/** Staff enter a participant's paper pre- or post-test (sessions/test-entry.xhtml?session=&referral=&kind=). */
@Named
@ViewScoped
public class TestEntryBacking implements Serializable {

  @Inject PrePostTests tests;
  @Inject CurrentStaff staff;

  private Long session;
  private Long referral;
  private String kind = "POST";
  private PaperForm form;
  private final Map<String, String> answers = new HashMap<>();

  public void load() {
    if (session == null || referral == null) {
      return;
    }
    try {
      form = tests.paperForm(staff.scope(), referral, session, null);
    } catch (BusinessException e) {
      Messages.refused(e, field -> null);
    }
  }

  public String save() {
    try {
      var saved = tests.enterPaper(staff.scope(), referral, new PaperEntry(kind, session, form.language(), answers));
      Messages.info("testEntry.saved", saved.knowledgeCorrect(), saved.knowledgeItems());
      return "/sessions/attendance?faces-redirect=true&id=" + session;
    } catch (BusinessException e) {
      Messages.refused(e, field -> null);
      return null;
    }
  }

  /** A question's choices: "" (left blank), then the option letters or the ratings 1 to 5. */
  public List<String> choices(KioskQuestion q) {
    if (q.kind() == QuestionKind.ATTITUDE) {
      return List.of("1", "2", "3", "4", "5");
    }
    return java.util.stream.IntStream.range(0, q.options().size()).mapToObj(i -> String.valueOf((char) ('a' + i))).toList();
  }

  public String choiceLabel(KioskQuestion q, String c) {
    return q.kind() == QuestionKind.ATTITUDE ? Messages.text("kiosk.rating." + c) : c + ") " + q.options().get(c.charAt(0) - 'a');
  }

  public Long getSession() {
    return session;
  }

  public void setSession(Long session) {
    this.session = session;
  }

  public Long getReferral() {
    return referral;
  }

  public void setReferral(Long referral) {
    this.referral = referral;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = "PRE".equals(kind) ? "PRE" : "POST";
  }

  public PaperForm getForm() {
    return form;
  }

  public Map<String, String> getAnswers() {
    return answers;
  }
}
