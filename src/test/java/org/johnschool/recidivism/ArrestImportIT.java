package org.johnschool.recidivism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.johnschool.support.Api;
import org.johnschool.support.DemoUser;
import org.johnschool.support.Deployments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Re-arrest records come in incrementally (a known record is updated, never doubled), all or nothing, with a row report. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ArrestImportIT {

  private static final String HEADER = "source_record_id,first_name,last_name,date_of_birth,sex,state_id,fbi_number,arrest_date,agency,"
      + "statute,description,offense_category\n";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private long stored(Api api) {
    return api.get("api/v1/arrest-records/summary").json().getJsonNumber("records").longValue();
  }

  @Test
  void records_are_imported_incrementally_and_a_file_with_one_bad_row_stores_nothing() {
    Api coordinator = Api.as(base, DemoUser.COORDINATOR);
    String p = "R" + UUID.randomUUID().toString().substring(0, 8) + "-";
    long before = stored(coordinator);

    var first = coordinator.postCsv("api/v1/arrest-records/import", HEADER
        + p + "1,Jon,Smith,1980-02-03,M,CA123,,2024-05-01,SFPD,647(b),Solicitation,SEX_BUYING\n"
        + p + "2,Ann,Lee,1975-07-09,F,,FBI9,2023-01-15,OPD,245(a),\"Assault, simple\",VIOLENT\n"
        + p + "3,Bo,Ng,1990-12-31,X,,,2022-03-03,SFPD,459,Burglary,OTHER\n");
    assertEquals(200, first.status(), first.toString());
    assertEquals(3, first.json().getInt("inserted"));
    assertEquals(0, first.json().getInt("updated"));
    assertEquals(before + 3, stored(coordinator));

    var again = coordinator.postCsv("api/v1/arrest-records/import", HEADER
        + p + "1,Jon,Smith,1980-02-03,M,CA123,,2024-05-01,SFPD,647(b),Solicitation (corrected),SEX_BUYING\n"
        + p + "4,Kim,Ortiz,1985-04-04,M,,,2025-08-08,SFSO,647(b),Solicitation,sex_buying\n");
    assertEquals(200, again.status(), again.toString());
    assertEquals(1, again.json().getInt("inserted"));
    assertEquals(1, again.json().getInt("updated"));
    assertEquals(before + 4, stored(coordinator), "a known record is updated, not doubled");

    var bad = coordinator.postCsv("api/v1/arrest-records/import", HEADER
        + p + "5,Al,Good,1970-01-01,M,,,2020-01-01,SFPD,647(b),,OTHER\n"
        + p + "6,Bad,Date,1970-01-01,M,,,2020-13-45,SFPD,647(b),,OTHER\n"
        + p + "7,Cy,Odd,1970-01-01,Q,,,2020-01-01,SFPD,647(b),=HYPERLINK(\"x\"),UNKNOWN\n"
        + p + "5,Al,Twice,1970-01-01,M,,,2020-01-01,SFPD,647(b),,OTHER\n");
    assertEquals(400, bad.status(), bad.toString());
    String report = bad.body();
    assertTrue(report.contains("\"row\":3") && report.contains("\"column\":\"arrest_date\""), report);
    assertTrue(report.contains("\"row\":4") && report.contains("\"column\":\"sex\"") && report.contains("\"column\":\"offense_category\"")
        && report.contains("\"column\":\"description\""), report);
    assertTrue(report.contains("\"row\":5") && report.contains("comes twice"), report);
    assertEquals(before + 4, stored(coordinator), "nothing of the bad file is stored");

    var noHeader = coordinator.postCsv("api/v1/arrest-records/import", "id,name\n1,x\n");
    assertEquals(400, noHeader.status());
    assertTrue(noHeader.body().contains("offense_category"), noHeader.body());

    assertEquals(403, Api.as(base, DemoUser.CLERK_SF).postCsv("api/v1/arrest-records/import", HEADER).status());
    assertEquals(403, Api.as(base, DemoUser.EVALUATOR).get("api/v1/arrest-records/summary").status());
  }

  @Test
  void a_file_without_its_optional_columns_and_with_a_header_in_capitals_imports_and_a_birth_after_the_arrest_says_so() {
    Api coordinator = Api.as(base, DemoUser.COORDINATOR);
    String p = "O" + UUID.randomUUID().toString().substring(0, 8) + "-";
    long before = stored(coordinator);
    String header = "\uFEFFSOURCE_RECORD_ID,First_Name,last_name,date_of_birth,sex,arrest_date,agency,statute,offense_category\r\n";

    var lean = coordinator.postCsv("api/v1/arrest-records/import", header
        + p + "1,Jon,Smith,1980-02-03,M,2024-05-01,SFPD,PC 647(b),SEX_BUYING\r\n");
    assertEquals(200, lean.status(), lean.toString());
    assertEquals(before + 1, stored(coordinator));

    var backwards = coordinator.postCsv("api/v1/arrest-records/import", header
        + p + "2,Ann,Lee,2001-07-09,F,1999-01-15,OPD,245(a),VIOLENT\r\n");
    assertEquals(400, backwards.status(), backwards.toString());
    assertTrue(backwards.body().contains("The arrest date is on or before the date of birth."), backwards.body());

    var lacking = coordinator.postCsv("api/v1/arrest-records/import", "source_record_id,first_name,last_name,sex\n" + p + "3,A,B,M\n");
    assertEquals(400, lacking.status());
    assertTrue(lacking.body().contains("agency, arrest_date, date_of_birth, offense_category, statute"), lacking.body());
    assertFalse(lacking.body().contains("fbi_number"), "an optional column is never asked for: " + lacking.body());
  }
}
