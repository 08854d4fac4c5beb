package org.johnschool.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.johnschool.linkage.domain.LinkIdentity;
import org.johnschool.linkage.domain.LinkScorer;
import org.johnschool.linkage.domain.LinkThresholds;
import org.johnschool.linkage.domain.LinkThresholds.Decision;
import org.johnschool.linkage.domain.Nicknames;
import org.johnschool.linkage.domain.PersonIndex;
import org.junit.jupiter.api.Test;

/**
 * On a generated set of 2,000 persons (errors at a clerk's rates, at most two fields per record), blocking and
 * scoring lose no true pair: each is linked, or sent to review when a namesake born days apart scores as high.
 */
class BlockingRecallTest {

  @Test
  void every_true_record_of_the_generated_set_links_to_its_person_and_few_pairs_are_scored() {
    LinkageTestSet set = new LinkageTestSet("X", 2000, 2000, 2000, 7L);
    PersonIndex index = new PersonIndex(new LinkScorer(Nicknames.standard()), LinkThresholds.DEFAULT);
    Map<Long, String> caseOf = new HashMap<>();
    long id = 0;
    for (var p : set.persons) {
      caseOf.put(id, p.caseNumber());
      index.add(LinkIdentity.of(id++, p.first(), p.last(), p.dob(), "M", null, null));
    }
    int found = 0;
    int proposed = 0;
    int falseLinks = 0;
    for (var r : set.records) {
      var m = index.bestFor(LinkIdentity.of(-1, r.first(), r.last(), r.dob(), "M", null, null), Set.of());
      if (r.trueCaseNumber() != null && m.isPresent() && caseOf.get(m.get().person().id()).equals(r.trueCaseNumber())) {
        proposed++;
      }
      if (m.isPresent() && m.get().decision() == Decision.LINK) {
        if (caseOf.get(m.get().person().id()).equals(r.trueCaseNumber())) {
          found++;
        } else {
          falseLinks++;
        }
      }
    }
    assertEquals(set.truth.size(), proposed, "blocking and scoring find every true pair (linked, or in review when a namesake scores as high)");
    assertTrue(found >= set.truth.size() * 0.98, "linked automatically: " + found);
    assertTrue(falseLinks <= set.records.size() / 100, "false links: " + falseLinks);
    assertTrue(index.comparisons() < 40L * set.records.size(), "pairs scored: " + index.comparisons());
  }
}
