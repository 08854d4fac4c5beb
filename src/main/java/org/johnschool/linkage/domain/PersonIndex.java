package org.johnschool.linkage.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.johnschool.linkage.domain.LinkThresholds.Decision;

/**
 * The program's persons indexed by identifier and by blocking key; finds each arrest record's best candidate.
 * A record whose identifier names a person links to that person; otherwise every person sharing a block is
 * scored and the best kept. When two persons both reach the upper threshold the pair is sent to review as
 * ambiguous rather than linked.
 */
public final class PersonIndex {

  /** The best candidate for one record. */
  public record Match(LinkIdentity person, LinkEvidence evidence, Decision decision, boolean ambiguous) {}

  private final Map<String, List<LinkIdentity>> byBlock = new HashMap<>();
  private final Map<String, LinkIdentity> byStateId = new HashMap<>();
  private final Map<String, LinkIdentity> byFbi = new HashMap<>();
  private final LinkScorer scorer;
  private final LinkThresholds thresholds;
  private long comparisons;

  public PersonIndex(LinkScorer scorer, LinkThresholds thresholds) {
    this.scorer = scorer;
    this.thresholds = thresholds;
  }

  public void add(LinkIdentity person) {
    for (String key : BlockingKeys.ofPerson(person)) {
      byBlock.computeIfAbsent(key, k -> new ArrayList<>(2)).add(person);
    }
    if (person.stateId() != null) {
      byStateId.putIfAbsent(person.stateId(), person);
    }
    if (person.fbiNumber() != null) {
      byFbi.putIfAbsent(person.fbiNumber(), person);
    }
  }

  /** The record's best candidate, if any scores at or above the lower threshold; {@code excluded} persons (rejected in review) are skipped. */
  public Optional<Match> bestFor(LinkIdentity record, Set<Long> excluded) {
    LinkIdentity byId = record.stateId() == null ? null : byStateId.get(record.stateId());
    if (byId == null && record.fbiNumber() != null) {
      byId = byFbi.get(record.fbiNumber());
    }
    if (byId != null && !excluded.contains(byId.id())) {
      comparisons++;
      return Optional.of(new Match(byId, scorer.score(byId, record), Decision.LINK, false));
    }
    Set<Long> seen = new HashSet<>();
    Match best = null;
    int aboveUpper = 0;
    for (String key : BlockingKeys.ofRecord(record)) {
      List<LinkIdentity> block = byBlock.get(key);
      if (block == null) {
        continue;
      }
      for (LinkIdentity person : block) {
        if (!seen.add(person.id()) || excluded.contains(person.id())) {
          continue;
        }
        comparisons++;
        LinkEvidence e = scorer.score(person, record);
        Decision d = thresholds.decide(e);
        if (d == Decision.NO_MATCH) {
          continue;
        }
        if (d == Decision.LINK) {
          aboveUpper++;
        }
        if (best == null || e.score() > best.evidence().score()) {
          best = new Match(person, e, d, false);
        }
      }
    }
    if (best != null && aboveUpper > 1) {
      best = new Match(best.person(), best.evidence(), Decision.REVIEW, true);
    }
    return Optional.ofNullable(best);
  }

  /** How many pairs were scored so far (the cost that blocking keeps small). */
  public long comparisons() {
    return comparisons;
  }
}
