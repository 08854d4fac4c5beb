package org.johnschool.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.johnschool.referral.domain.StatuteCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class StatuteCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"647(b)", "647(B)", "647 (b)", " 647(b) ", "PC 647(b)", "PC647(b)", "pc 647(b)", "P.C. 647(b)",
      "Pen. Code 647(b)", "Pen. Code § 647(b)", "Penal Code § 647(b)", "§ 647(b)", "§647(b)", "PC § 647(b)",
      "Cal. Penal Code 647(b)", "CPC 647(b)", "PC sec. 647(b)", "Penal Code section 647(b)"})
  void every_way_courts_write_a_penal_code_section_reads_as_that_section(String written) {
    assertEquals("647(B)", StatuteCode.read(written).key());
  }

  @Test
  void the_code_is_kept_as_it_was_written_and_says_when_it_was_read_differently() {
    StatuteCode code = StatuteCode.read("  PC 647(b) ");
    assertEquals("PC 647(b)", code.asWritten());
    assertTrue(code.readDifferently());
    assertFalse(StatuteCode.read("653.22").readDifferently());
  }

  @Test
  void another_code_keeps_its_prefix_because_it_names_another_law() {
    assertEquals("VC23152(A)", StatuteCode.read("VC 23152(a)").key());
    assertEquals("HS11350", StatuteCode.read("HS 11350").key());
  }

  @Test
  void a_prefix_alone_is_not_turned_into_an_empty_code() {
    assertEquals("PC", StatuteCode.read("PC").key());
    assertEquals("", StatuteCode.read("  ").key());
  }
}
