package org.johnschool.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.Map;

/**
 * A program setting changed for one test and put back when the answer is closed:
 *
 * <pre>try (var off = ProgramSettings.with(base, Map.of("completionReview", JsonValue.FALSE))) { ... }</pre>
 */
public final class ProgramSettings implements AutoCloseable {

  private final Api admin;
  private final JsonObject before;

  private ProgramSettings(Api admin, JsonObject before) {
    this.admin = admin;
    this.before = before;
  }

  public static ProgramSettings with(URL base, Map<String, JsonValue> changes) {
    Api admin = Api.as(base, DemoUser.ADMIN);
    JsonObject before = admin.get("api/v1/program").json();
    JsonObjectBuilder changed = Json.createObjectBuilder(before);
    changes.forEach(changed::add);
    var reply = admin.put("api/v1/program", changed.build().toString());
    if (reply.status() != 200) {
      throw new AssertionError("the program's settings were not changed: " + reply);
    }
    return new ProgramSettings(admin, before);
  }

  @Override
  public void close() {
    JsonObjectBuilder back = Json.createObjectBuilder(before);
    if (!before.containsKey("postTestPassMark")) {
      back.addNull("postTestPassMark");
    }
    var reply = admin.put("api/v1/program", back.build().toString());
    if (reply.status() != 200) {
      throw new AssertionError("the program's settings were not put back: " + reply);
    }
  }
}
