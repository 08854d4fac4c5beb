package org.johnschool.referral.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.platform.web.Messages;
import org.johnschool.referral.application.DocketColumns;
import jakarta.servlet.http.Part;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The docket upload page (clerk/import.xhtml): upload, watch progress, read the result or the row report. */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

  @Inject CurrentStaff staff;
  @Inject ImportJobs jobs;

  private transient Part file;
  private String jobId;

  public void upload() throws IOException {
    if (file == null || file.getSize() == 0) {
      Messages.refused(new InvalidInputException("file", Messages.text(file == null ? "import.noFile" : "import.emptyFile")),
          field -> "upload:file");
      return;
    }
    Path tmp = Files.createTempFile("docket-", ".csv");
    try (InputStream in = file.getInputStream()) {
      Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
    }
    jobId = jobs.start(tmp, staff.scope(),
        ((jakarta.servlet.http.HttpServletRequest) jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr());
  }

  public ImportJobs.Job getJob() {
    return jobs.get(jobId, staff.getUsername());
  }

  public boolean isRunning() {
    ImportJobs.Job job = getJob();
    return job != null && !job.isDone();
  }

  public List<String> getColumns() {
    return DocketColumns.ALL;
  }

  /** The docket file's header row, to fill in with a spreadsheet. */
  public StreamedContent getTemplate() {
    byte[] csv = DocketColumns.template().getBytes(StandardCharsets.UTF_8);
    return DefaultStreamedContent.builder().name("docket-template.csv").contentType("text/csv; charset=UTF-8")
        .contentLength((long) csv.length).stream(() -> new ByteArrayInputStream(csv)).build();
  }

  public String getChargesExample() {
    return DocketColumns.CHARGES_EXAMPLE;
  }

  public boolean required(String column) {
    return DocketColumns.REQUIRED.contains(column);
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getJobId() {
    return jobId;
  }
}
