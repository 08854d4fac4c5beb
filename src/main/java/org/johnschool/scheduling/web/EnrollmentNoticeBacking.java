package org.johnschool.scheduling.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.NotFoundException;
import org.johnschool.scheduling.application.ParticipantDocuments;
import org.johnschool.scheduling.application.ParticipantDocuments.EnrollmentNotice;
import org.johnschool.scheduling.infrastructure.EnrollmentNoticeText;

/** The printable enrollment notice (cases/notice.xhtml), in the participant's language. */
@Named
@RequestScoped
public class EnrollmentNoticeBacking {

  @Inject CurrentStaff staff;
  @Inject ParticipantDocuments documents;

  private Long id;
  private EnrollmentNotice notice;
  private EnrollmentNoticeText.Lines lines;

  public void load() throws IOException {
    try {
      if (id == null) {
        throw new NotFoundException("No case given.");
      }
      notice = documents.enrollmentNotice(staff.scope(), id);
      lines = EnrollmentNoticeText.of(notice);
    } catch (NotFoundException e) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, e.getMessage());
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public EnrollmentNotice getNotice() {
    return notice;
  }

  public EnrollmentNoticeText.Lines getLines() {
    return lines;
  }
}
