package org.johnschool.curriculum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.johnschool.support.Api;
import org.johnschool.support.CurriculumFiles;
import org.johnschool.support.DemoUser;
import org.johnschool.support.Deployments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An admin loads the curriculum folder into versions: a changed folder makes a new version, an unchanged
 * one does not, a bad one changes nothing, and an older version stays exactly as it was.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CurriculumVersionIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private Api admin() {
    return Api.as(base, DemoUser.ADMIN);
  }

  private int latestNumber() {
    return admin().get("api/v1/curriculum/versions/latest").json().getInt("number");
  }

  private int versionCount() {
    return ((JsonArray) admin().get("api/v1/curriculum/versions").structure()).size();
  }

  @Test
  void the_packaged_curriculum_is_loaded_at_start_and_readable_in_spanish() {
    var reply = Api.as(base, DemoUser.FACILITATOR).get("api/v1/curriculum/versions/latest?lang=es");

    assertEquals(200, reply.status(), reply.toString());
    JsonObject v = reply.json();
    assertEquals("es", v.getString("language"));
    assertEquals(14, v.getJsonArray("modules").size());
    JsonObject law = v.getJsonArray("modules").stream().map(JsonValue::asJsonObject)
        .filter(m -> m.getString("key").equals("law-and-your-case")).findFirst().orElseThrow();
    assertEquals("La ley y su caso", law.getString("title"));
    assertEquals("PROSECUTOR", law.getString("presenter"));
    assertFalse(v.getJsonArray("questions").isEmpty());
  }

  @Test
  void a_changed_file_makes_a_new_version_and_the_old_one_keeps_its_content() {
    int before = latestNumber();
    String marker = "Marker " + UUID.randomUUID();
    var files = CurriculumFiles.shipped();
    CurriculumFiles.edit(files, "modules/risks-to-buyers.en.md",
        t -> t.replace("minutes: 20", "minutes: 25").replace("   - Robbery at the meeting place", "   - " + marker + "\n   - Robbery at the meeting place"));
    CurriculumFiles.edit(files, "modules/risks-to-buyers.es.md", t -> t.replace("minutes: 20", "minutes: 25"));

    var created = admin().postZip("api/v1/curriculum/versions", CurriculumFiles.zip(files));

    assertEquals(201, created.status(), created.toString());
    int number = created.json().getInt("number");
    assertEquals(before + 1, number);
    assertTrue(created.location().endsWith("/api/v1/curriculum/versions/" + number), created.location());
    JsonObject risks = module(number, "risks-to-buyers");
    assertEquals(25, risks.getInt("minutes"));
    assertTrue(risks.toString().contains(marker));

    JsonObject older = module(before, "risks-to-buyers");
    assertFalse(older.toString().contains(marker), "an earlier version never changes");

    var again = admin().postZip("api/v1/curriculum/versions", CurriculumFiles.zip(files));
    assertEquals(200, again.status(), again.toString());
    assertEquals(number, again.json().getInt("number"));
    assertFalse(again.json().getBoolean("created"));

    var changes = admin().get("api/v1/curriculum/versions/" + before + "/changes/" + number).json();
    JsonObject change = changes.getJsonArray("modules").getJsonObject(0);
    assertEquals("risks-to-buyers", change.getString("key"));
    assertEquals("minutes", change.getJsonArray("facts").getJsonObject(0).getString("fact"));
  }

  @Test
  void a_bad_file_is_refused_with_its_name_and_line_and_nothing_is_loaded() {
    int count = versionCount();
    int latest = latestNumber();
    byte[] zip = CurriculumFiles.zipWithEdit("modules/online-buying.en.md", t -> t.replace("presenter: police-officer", "presenter: wizard"));

    var reply = admin().postZip("api/v1/curriculum/versions", zip);

    assertEquals(400, reply.status(), reply.toString());
    JsonObject error = reply.json().getJsonArray("errors").getJsonObject(0);
    assertEquals("modules/online-buying.en.md", error.getString("file"));
    assertEquals(6, error.getInt("line"));
    assertEquals("modules/online-buying.en.md:6", error.getString("field"));
    assertTrue(error.getString("message").contains("wizard"));
    assertEquals(count, versionCount());
    assertEquals(latest, latestNumber());
  }

  @Test
  void an_upload_that_is_not_a_zip_is_refused() {
    var reply = admin().postZip("api/v1/curriculum/versions", "not a zip".getBytes());
    assertEquals(400, reply.status(), reply.toString());
  }

  @Test
  void only_an_admin_loads_and_clerks_do_not_read_the_curriculum() {
    assertEquals(403, Api.as(base, DemoUser.COORDINATOR).postEmpty("api/v1/curriculum/versions").status());
    assertEquals(403, Api.as(base, DemoUser.CLERK_SF).get("api/v1/curriculum/versions").status());
    assertEquals(200, Api.as(base, DemoUser.EVALUATOR).get("api/v1/curriculum/versions").status());
  }

  private JsonObject module(int number, String key) {
    var reply = admin().get("api/v1/curriculum/versions/" + number + "?lang=en");
    assertEquals(200, reply.status(), reply.toString());
    return reply.json().getJsonArray("modules").stream().map(JsonValue::asJsonObject)
        .filter(m -> m.getString("key").equals(key)).findFirst().orElseThrow();
  }
}
