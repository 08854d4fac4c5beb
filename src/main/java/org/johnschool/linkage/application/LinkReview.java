package org.johnschool.linkage.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.johnschool.linkage.domain.LinkEvidence;

/** A pair as the reviewer sees it: the program's person and the arrest record side by side, with the evidence. */
public record LinkReview(long id, String state, boolean ambiguous, double score, LinkEvidence evidence, PersonSide person, RecordSide record,
    String decidedBy, Instant decidedAt, String decisionNote) implements java.io.Serializable {

  /** The program's person: name, aliases, date of birth, sex, identifiers and the court cases. */
  public record PersonSide(long id, String firstName, String lastName, List<String> aliases, LocalDate dateOfBirth, String sex, String stateId,
      String fbiNumber, List<String> courtCases) implements java.io.Serializable {}

  /** The arrest record: its source id, identity as recorded, and the arrest. */
  public record RecordSide(long id, String sourceRecordId, String firstName, String lastName, LocalDate dateOfBirth, String sex,
      String stateId, String fbiNumber, LocalDate arrestDate, String agency, String statute, String offenseCategory) implements java.io.Serializable {}

  /** A page of the queue with the total waiting. */
  public record Page(long total, int offset, List<LinkReview> items) implements java.io.Serializable {}
}
