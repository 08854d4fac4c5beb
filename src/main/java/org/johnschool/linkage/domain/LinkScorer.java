package org.johnschool.linkage.domain;

import org.johnschool.linkage.domain.LinkEvidence.LinkMethod;
import org.johnschool.linkage.domain.LinkEvidence.SexAgreement;
import org.johnschool.linkage.domain.LinkIdentity.FullName;

/**
 * Scores a pair of identities. A shared state ID or FBI number links deterministically. Otherwise each field adds
 * its agreement weight — in the manner of Fellegi and Sunter, log₂ of how much likelier the agreement is among true
 * matches than among non-matches, set here from published linkage practice rather than fitted by EM (see README,
 * "Record linkage") — and the sum is compared with the thresholds.
 */
public final class LinkScorer {

  private final Nicknames nicknames;

  public LinkScorer(Nicknames nicknames) {
    this.nicknames = nicknames;
  }

  public LinkEvidence score(LinkIdentity person, LinkIdentity record) {
    LinkMethod method = LinkMethod.SCORE;
    if (person.stateId() != null && person.stateId().equals(record.stateId())) {
      method = LinkMethod.STATE_ID;
    } else if (person.fbiNumber() != null && person.fbiNumber().equals(record.fbiNumber())) {
      method = LinkMethod.FBI_NUMBER;
    }
    boolean conflict = method == LinkMethod.SCORE
        && (differ(person.stateId(), record.stateId()) || differ(person.fbiNumber(), record.fbiNumber()));

    FullName theirs = record.name();
    double best = Double.NEGATIVE_INFINITY;
    NameAgreement bestLast = null;
    NameAgreement bestFirst = null;
    double bestLastJw = 0;
    double bestFirstJw = 0;
    boolean viaAlias = false;
    for (int i = 0; i < person.names().size(); i++) {
      FullName ours = person.names().get(i);
      double lastJw = ours.last().equals(theirs.last()) ? 1 : JaroWinkler.similarity(ours.last(), theirs.last());
      double firstJw = ours.first().equals(theirs.first()) ? 1 : JaroWinkler.similarity(ours.first(), theirs.first());
      NameAgreement last = NameAgreement.ofLastNames(ours.last(), theirs.last(), lastJw);
      NameAgreement first = NameAgreement.ofFirstNames(ours.first(), theirs.first(), firstJw, nicknames);
      double w = Weights.lastName(last) + Weights.firstName(first);
      if (w > best) {
        best = w;
        bestLast = last;
        bestFirst = first;
        bestLastJw = lastJw;
        bestFirstJw = firstJw;
        viaAlias = i > 0;
      }
    }
    BirthDateAgreement dob = BirthDateAgreement.of(person.dateOfBirth(), record.dateOfBirth());
    SexAgreement sex = sex(person.sex(), record.sex());
    double score = best + Weights.birthDate(dob) + Weights.sex(sex) + (conflict ? Weights.IDENTIFIER_CONFLICT : 0);
    return new LinkEvidence(method, bestLast, round(bestLastJw), bestFirst, round(bestFirstJw), dob, sex, conflict, viaAlias, round(score));
  }

  private static boolean differ(String a, String b) {
    return a != null && b != null && !a.equals(b);
  }

  private static SexAgreement sex(String a, String b) {
    if (a == null || b == null || "U".equals(a) || "U".equals(b)) {
      return SexAgreement.UNKNOWN;
    }
    return a.equals(b) ? SexAgreement.AGREE : SexAgreement.DISAGREE;
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  /** The agreement weights (log₂ odds), one place to read and tune them. */
  public static final class Weights {
    static final double IDENTIFIER_CONFLICT = -6;

    private Weights() {}

    static double lastName(NameAgreement a) {
      return switch (a) {
        case EXACT -> 7;
        case NICKNAME, SIMILAR -> 4;
        case PARTLY_SIMILAR -> 2;
        case INITIAL, DIFFERENT -> -6;
      };
    }

    static double firstName(NameAgreement a) {
      return switch (a) {
        case EXACT -> 5;
        case NICKNAME -> 4;
        case SIMILAR -> 3.5;
        case PARTLY_SIMILAR -> 1.5;
        case INITIAL -> 0.5;
        case DIFFERENT -> -4;
      };
    }

    static double birthDate(BirthDateAgreement a) {
      return switch (a) {
        case EXACT -> 10;
        case DAY_MONTH_SWAPPED -> 7;
        case ONE_DIGIT -> 5;
        case DIFFERENT -> -8;
      };
    }

    static double sex(SexAgreement a) {
      return switch (a) {
        case AGREE -> 0.5;
        case DISAGREE -> -3;
        case UNKNOWN -> 0;
      };
    }
  }
}
