package org.johnschool.recidivism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.recidivism.application.CohortReport.SurvivalPoint;
import org.johnschool.recidivism.application.CohortRequest;
import org.johnschool.recidivism.domain.AgeBand;
import org.johnschool.recidivism.domain.CohortDefinition;
import org.johnschool.recidivism.domain.OutcomeGroup;
import org.johnschool.recidivism.web.SurvivalChart;
import org.junit.jupiter.api.Test;

/** What a cohort definition accepts, its defaults, age at the index event, and the chart's axis. */
class CohortDefinitionTest {

  @Test
  void a_definition_defaults_to_participants_and_any_re_arrest() {
    CohortDefinition d = new CohortRequest("2020-01-01", "2021-12-31", List.of(" sf-sup "), null, null, null, null).toDefinition();
    assertEquals(List.of(OutcomeGroup.COMPLETED, OutcomeGroup.FAILED), d.outcomeGroups());
    assertEquals("ANY", d.offenseCategory());
    assertEquals(List.of("SF-SUP"), d.courts());
    assertTrue(!d.hasComparison());
  }

  @Test
  void every_wrong_field_is_named_and_a_comparison_group_takes_other_outcomes() {
    var e = assertThrows(InvalidInputException.class,
        () -> new CohortRequest("2021-01-01", "2020-01-01", null, List.of("COMPLETED"), List.of("25-34"), "theft", null).toDefinition());
    assertEquals(List.of("indexTo", "offenseCategory"), e.errors().stream().map(x -> x.field()).toList());
    var same = assertThrows(InvalidInputException.class,
        () -> new CohortRequest("2020-01-01", "2020-02-01", null, List.of("COMPLETED"), null, null, List.of("COMPLETED")).toDefinition());
    assertEquals("comparisonGroups", same.errors().get(0).field());
    assertEquals(List.of(AgeBand.AGE_25_34),
        new CohortRequest("2020-01-01", "2020-02-01", null, null, List.of("25–34"), null, null).toDefinition().ageBands());
  }

  @Test
  void a_band_reads_the_same_by_label_with_either_dash_or_by_name_and_nothing_else_becomes_a_band() {
    // Issue 21: the cohort page read a saved "25-34" as UNDER_25 while the API read it as 25–34.
    for (String text : List.of("25–34", "25-34", " 25 - 34 ", "AGE_25_34", "age_25_34")) {
      assertEquals(java.util.Optional.of(AgeBand.AGE_25_34), AgeBand.parse(text), text);
    }
    assertEquals(java.util.Optional.empty(), AgeBand.parse("25-35"));
    assertEquals(java.util.Optional.empty(), AgeBand.parse(null));
  }

  @Test
  void age_bands_count_whole_years_at_the_index_event() {
    assertEquals(AgeBand.UNDER_25, AgeBand.at(LocalDate.of(2000, 6, 2), LocalDate.of(2025, 6, 1)));
    assertEquals(AgeBand.AGE_25_34, AgeBand.at(LocalDate.of(2000, 6, 1), LocalDate.of(2025, 6, 1)));
    assertEquals(AgeBand.AGE_55_PLUS, AgeBand.at(LocalDate.of(1950, 1, 1), LocalDate.of(2025, 6, 1)));
  }

  @Test
  void the_chart_ends_after_the_last_event_and_draws_a_curve_per_group() {
    List<SurvivalPoint> points = List.of(new SurvivalPoint("cohort", 100, 20, 1, 0, 0.95, 0.86, 1.0),
        new SurvivalPoint("cohort", 9000, 19, 0, 19, 0.95, 0.86, 1.0), new SurvivalPoint("comparison", 200, 20, 2, 0, 0.9, 0.78, 1.0));
    SurvivalChart chart = new SurvivalChart(points, List.of("cohort", "comparison"));
    assertEquals(2, chart.getCurves().size());
    assertTrue(chart.getCurves().get(0).line().startsWith("M0,"));
    String lastTick = chart.getXTicks().get(chart.getXTicks().size() - 1).label();
    assertTrue(chart.isInYears() && Integer.parseInt(lastTick) <= 5, "a long censoring tail does not squeeze the curve: " + lastTick);
  }

  @Test
  void the_time_axis_counts_months_for_a_short_follow_up_and_years_for_a_long_one() {
    SurvivalChart months = new SurvivalChart(List.of(new SurvivalPoint("cohort", 200, 20, 1, 0, 0.95, 0.86, 1.0),
        new SurvivalPoint("cohort", 300, 19, 0, 19, 0.95, 0.86, 1.0)), List.of("cohort"));
    assertTrue(!months.isInYears());
    assertEquals(List.of("0", "3", "6", "9"), months.getXTicks().stream().map(SurvivalChart.Tick::label).toList());
    SurvivalChart years = new SurvivalChart(List.of(new SurvivalPoint("cohort", 1500, 20, 1, 0, 0.95, 0.86, 1.0),
        new SurvivalPoint("cohort", 2000, 19, 0, 19, 0.95, 0.86, 1.0)), List.of("cohort"));
    assertTrue(years.isInYears());
    assertEquals(List.of("0", "1", "2", "3", "4", "5"), years.getXTicks().stream().map(SurvivalChart.Tick::label).toList());
    assertEquals(0.8, years.getLowest(), 1e-9);
  }

  @Test
  void the_chart_writes_its_numbers_as_the_page_language_does() {
    List<SurvivalPoint> points = List.of(new SurvivalPoint("cohort", 200, 20, 1, 0, 0.95, 0.86, 1.0),
        new SurvivalPoint("cohort", 300, 19, 0, 19, 0.95, 0.86, 1.0));
    assertEquals("0.80", new SurvivalChart(points, List.of("cohort"), java.util.Locale.ENGLISH).getYTicks().get(0).label());
    assertEquals("0,80", new SurvivalChart(points, List.of("cohort"), java.util.Locale.forLanguageTag("es")).getYTicks().get(0).label());
  }
}
