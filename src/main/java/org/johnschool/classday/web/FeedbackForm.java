package org.johnschool.classday.web;

import java.io.Serializable;
import java.util.List;
import org.johnschool.classday.domain.SessionEvaluation.Ratings;

/** The class feedback form as pages edit it (kiosk and session page): four ratings 1 to 5 and a comment. */
public class FeedbackForm implements Serializable {

  private Integer overall;
  private Integer content;
  private Integer presenters;
  private Integer venue;
  private String comments;

  public Ratings ratings() {
    return new Ratings(overall, content, presenters, venue, comments);
  }

  public List<Integer> getScale() {
    return List.of(1, 2, 3, 4, 5);
  }

  public Integer getOverall() {
    return overall;
  }

  public void setOverall(Integer overall) {
    this.overall = overall;
  }

  public Integer getContent() {
    return content;
  }

  public void setContent(Integer content) {
    this.content = content;
  }

  public Integer getPresenters() {
    return presenters;
  }

  public void setPresenters(Integer presenters) {
    this.presenters = presenters;
  }

  public Integer getVenue() {
    return venue;
  }

  public void setVenue(Integer venue) {
    this.venue = venue;
  }

  public String getComments() {
    return comments;
  }

  public void setComments(String comments) {
    this.comments = comments;
  }
}
