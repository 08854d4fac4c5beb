package org.johnschool.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.johnschool.linkage.domain.BirthDateAgreement;
import org.johnschool.linkage.domain.BlockingKeys;
import org.johnschool.linkage.domain.LinkEvidence;
import org.johnschool.linkage.domain.LinkEvidence.LinkMethod;
import org.johnschool.linkage.domain.LinkIdentity;
import org.johnschool.linkage.domain.LinkScorer;
import org.johnschool.linkage.domain.LinkThresholds;
import org.johnschool.linkage.domain.LinkThresholds.Decision;
import org.johnschool.linkage.domain.NameAgreement;
import org.johnschool.linkage.domain.Nicknames;
import org.johnschool.linkage.domain.PersonIndex;
import org.junit.jupiter.api.Test;

/** How a pair is decided: identifiers first, then the score against the two thresholds; blocking keeps true pairs together. */
class LinkScoringTest {

  private static final LocalDate DOB = LocalDate.of(1979, 4, 11);
  private final LinkScorer scorer = new LinkScorer(Nicknames.standard());
  private final LinkThresholds thresholds = LinkThresholds.DEFAULT;

  private static LinkIdentity person(String first, String last, LocalDate dob) {
    return LinkIdentity.of(1, first, last, dob, "M", null, null);
  }

  private static LinkIdentity record(String first, String last, LocalDate dob) {
    return LinkIdentity.of(100, first, last, dob, "M", null, null);
  }

  private Decision decide(LinkIdentity p, LinkIdentity r) {
    return thresholds.decide(scorer.score(p, r));
  }

  @Test
  void a_shared_state_id_or_fbi_number_links_whatever_the_names() {
    LinkIdentity p = LinkIdentity.of(1, "Robert", "Jones", DOB, "M", "ca-123 45", null);
    LinkIdentity r = LinkIdentity.of(100, "Bob", "Smythe", LocalDate.of(1960, 1, 1), "M", "CA12345", null);
    LinkEvidence e = scorer.score(p, r);
    assertEquals(LinkMethod.STATE_ID, e.method());
    assertEquals(Decision.LINK, thresholds.decide(e));
    LinkEvidence fbi = scorer.score(LinkIdentity.of(1, "A", "B", DOB, "M", null, "123AB4"),
        LinkIdentity.of(100, "C", "D", DOB, "M", null, "123ab4"));
    assertEquals(LinkMethod.FBI_NUMBER, fbi.method());
  }

  @Test
  void the_same_name_and_birth_date_link_and_small_errors_still_link() {
    assertEquals(22.5, scorer.score(person("Robert", "Jones", DOB), record("ROBERT", "JONES", DOB)).score());
    assertEquals(Decision.LINK, decide(person("Robert", "Jones", DOB), record("Bob", "Jones", DOB)), "nickname");
    assertEquals(Decision.LINK, decide(person("Robert", "Jones", DOB), record("Robert", "Jnoes", DOB)), "transposed letters");
    assertEquals(Decision.LINK, decide(person("Robert", "Jones", DOB), record("Robert", "Jones", LocalDate.of(1979, 11, 4))),
        "day and month swapped");
    assertEquals(Decision.LINK, decide(person("Robert", "Jones", DOB), record("Rob", "Jones", LocalDate.of(1978, 4, 11))),
        "nickname and a one-digit typo in the year");
  }

  @Test
  void a_disagreeing_first_name_goes_to_review_and_a_shared_first_name_and_birth_date_alone_is_no_match() {
    LinkEvidence renamed = scorer.score(person("Robert", "Jones", DOB), record("Robert", "Castillo", DOB));
    assertEquals(NameAgreement.DIFFERENT, renamed.lastName());
    assertEquals(Decision.NO_MATCH, thresholds.decide(renamed), "a first name and a birth date are shared by chance in a big file");
    assertEquals(Decision.REVIEW, decide(person("Robert", "Jones", DOB), record("Michael", "Jones", DOB)), "twins, or a typo");
    LinkEvidence namesake = scorer.score(person("Robert", "Jones", DOB), record("Robert", "Jones", LocalDate.of(1979, 8, 30)));
    assertEquals(BirthDateAgreement.DIFFERENT, namesake.birthDate());
    assertEquals(Decision.NO_MATCH, thresholds.decide(namesake), "same name, another man");
    assertEquals(Decision.NO_MATCH, decide(person("Robert", "Jones", DOB), record("Kevin", "Brown", DOB)));
  }

  @Test
  void an_alias_counts_as_the_person_s_name_and_a_conflicting_identifier_counts_against() {
    LinkIdentity p = person("Robert", "Jones", DOB).withAliases(List.<String[]>of(new String[] {null, "Castillo"}));
    LinkEvidence e = scorer.score(p, record("Robert", "Castillo", DOB));
    assertTrue(e.viaAlias());
    assertEquals(Decision.LINK, thresholds.decide(e));

    LinkEvidence conflict = scorer.score(LinkIdentity.of(1, "Robert", "Jones", DOB, "M", "CA1", null),
        LinkIdentity.of(2, "Robert", "Jones", DOB, "M", "CA2", null));
    assertTrue(conflict.identifierConflict());
    assertEquals(16.5, conflict.score());
  }

  @Test
  void blocking_keeps_a_true_pair_together_through_a_typo_in_the_name_or_the_date() {
    LinkIdentity p = person("Robert", "Jones", DOB);
    Set<String> keys = BlockingKeys.ofPerson(p);
    for (LinkIdentity r : List.of(record("Robert", "Hones", DOB), record("Robert", "Jones", LocalDate.of(1978, 4, 11)),
        record("Robert", "Jones", LocalDate.of(1979, 11, 4)), record("Robert", "Jones", LocalDate.of(1979, 4, 17)))) {
      assertTrue(BlockingKeys.ofRecord(r).stream().anyMatch(keys::contains), r.toString());
    }
    assertFalse(BlockingKeys.ofRecord(record("Kevin", "Brown", LocalDate.of(1990, 1, 1))).stream().anyMatch(keys::contains));
  }

  @Test
  void the_index_picks_the_best_candidate_and_sends_two_strong_ones_to_review() {
    PersonIndex index = new PersonIndex(scorer, thresholds);
    index.add(LinkIdentity.of(1, "Robert", "Jones", DOB, "M", null, null));
    index.add(LinkIdentity.of(2, "Kevin", "Brown", DOB, "M", null, null));
    index.add(LinkIdentity.of(3, "Anna", "Lee", LocalDate.of(1990, 1, 1), "F", "CA77", null));
    var best = index.bestFor(record("Bob", "Jones", DOB), Set.of()).orElseThrow();
    assertEquals(1, best.person().id());
    assertEquals(Decision.LINK, best.decision());
    assertTrue(index.bestFor(record("Bob", "Jones", DOB), Set.of(1L)).isEmpty(), "a rejected pair is not proposed again");
    assertEquals(3, index.bestFor(LinkIdentity.of(9, "X", "Y", DOB, "F", "CA77", null), Set.of()).orElseThrow().person().id());
    assertTrue(index.comparisons() <= 4, "only the block is scored: " + index.comparisons());

    index.add(LinkIdentity.of(4, "Robert", "Jones", LocalDate.of(1979, 11, 4), "M", null, null));
    var twoStrong = index.bestFor(record("Robert", "Jones", DOB), Set.of()).orElseThrow();
    assertTrue(twoStrong.ambiguous());
    assertEquals(Decision.REVIEW, twoStrong.decision());
  }
}
