package org.johnschool.linkage.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.linkage.application.LinkReview;
import org.johnschool.linkage.application.LinkReviews;
import org.johnschool.linkage.application.LinkageRun;
import org.johnschool.linkage.application.RecordLinkage;
import org.johnschool.linkage.domain.ArrestLink;
import org.johnschool.platform.BusinessException;
import org.johnschool.platform.web.Messages;

/**
 * The review queue (linkage/reviews.xhtml): run linkage, page through the pairs waiting (highest score first), open
 * one to see the two records side by side with the evidence, and decide it with a note.
 */
@Named
@ViewScoped
public class LinkageReviewBacking implements Serializable {

  static final int PAGE = 25;

  @Inject CurrentStaff staff;
  @Inject LinkReviews reviews;
  @Inject RecordLinkage linkage;
  @Inject LinkageJobs jobs;

  private LinkReview.Page page = new LinkReview.Page(0, 0, List.of());
  private List<LinkageRun> runs = List.of();
  private LinkReview current;
  private String note;
  private int offset;
  private String jobId;

  @PostConstruct
  void load() {
    page = reviews.list(staff.scope(), ArrestLink.State.REVIEW, offset, PAGE);
    runs = linkage.runs(staff.scope(), 5);
    if (current == null && !page.items().isEmpty()) {
      current = page.items().get(0);
    }
  }

  /** Starts a run in the background; the page polls {@link #poll()} until it ends. */
  public void run() {
    jobId = jobs.start(staff.scope());
  }

  /** While a run goes on: nothing; when it has ended, its counts and the fresh queue. */
  public void poll() {
    LinkageJobs.Job job = getJob();
    if (job == null || !job.isDone()) {
      return;
    }
    if (job.isFailed() || job.getResult() == null) {
      Messages.error("linkage.failed");
    } else {
      LinkageRun r = job.getResult();
      Messages.info("linkage.ran", r.records(), r.linked(), r.toReview());
    }
    jobs.forget(jobId);
    jobId = null;
    offset = 0;
    current = null;
    load();
  }

  public LinkageJobs.Job getJob() {
    return jobs.get(jobId, staff.getUsername());
  }

  public boolean isRunning() {
    return jobId != null;
  }

  public void open(LinkReview pair) {
    current = pair;
    note = null;
  }

  public void match() {
    decide(true);
  }

  public void noMatch() {
    decide(false);
  }

  private void decide(boolean match) {
    try {
      reviews.decide(staff.scope(), current.id(), match, note);
      Messages.info(match ? "linkage.confirmed" : "linkage.rejected", current.record().sourceRecordId());
      current = null;
      note = null;
      load();
    } catch (BusinessException e) {
      Messages.refused(e, field -> "decision:note");
    }
  }

  public void next() {
    if (offset + PAGE < page.total()) {
      offset += PAGE;
      current = null;
      load();
    }
  }

  public void previous() {
    if (offset > 0) {
      offset = Math.max(0, offset - PAGE);
      current = null;
      load();
    }
  }

  public LinkReview.Page getPage() {
    return page;
  }

  public List<LinkageRun> getRuns() {
    return runs;
  }

  public LinkReview getCurrent() {
    return current;
  }

  public String getCurrentAliases() {
    return current == null ? "" : String.join(", ", current.person().aliases());
  }

  public String getCurrentCases() {
    return current == null ? "" : String.join(", ", current.person().courtCases());
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public int getFrom() {
    return page.items().isEmpty() ? 0 : offset + 1;
  }

  public int getTo() {
    return offset + page.items().size();
  }
}
