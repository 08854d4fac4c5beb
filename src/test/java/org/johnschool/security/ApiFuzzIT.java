package org.johnschool.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.johnschool.identity.domain.PasswordHasher;
import org.johnschool.support.Database;
import org.johnschool.support.Deployments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fuzzes the REST API from its own OpenAPI document (issue 8): every operation gets random and boundary
 * values for its path and query parameters and bodies built from its schema with wrong types, empty,
 * huge, negative, out-of-range and hostile values, plus malformed JSON. No answer may be a 500. The
 * caller is the admin of a program made for the run (what a new production install has: the program,
 * its eligibility rules, one admin), so whatever the fuzzer manages to change stays out of the other
 * tests' way. Deterministic: the seed is fixed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiFuzzIT {

  static final long SEED = 20261123L;
  static final int PER_OPERATION = 24;
  static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  static final String[] STRINGS = {"", " ", "x", "null", "0", "-1", "true", "2026-02-30", "9999-12-31", "0000-01-01", "1900-01-01T25:61",
      "=HYPERLINK(\"http://evil\")", "<script>alert(1)</script>", "'; drop table referral; --", "../../../../etc/passwd", "%00", "\u0000",
      "\uD83D\uDE00\u202E", "SF-SUP", "ADMIN", "CASH", "ELIGIBLE", "en", "x".repeat(10_000)};
  static final String[] NUMBERS = {"0", "-1", "1", "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
      "1e308", "-1e308", "0.000001", "12.345", "NaN", "abc", ""};

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private final Random random = new Random(SEED);
  private JsonObject schemas;
  private String authorization;

  private String root() {
    return base.toString().endsWith("/") ? base.toString() : base + "/";
  }

  /** A program of its own with one admin, as the first start of a production install makes it. */
  private void fuzzProgram() throws Exception {
    String suffix = Long.toString(System.nanoTime(), 36).toUpperCase();
    String username = "fuzz.admin." + suffix.toLowerCase();
    String password = "fuzzing-program-password-" + suffix.toLowerCase();
    try (Connection c = Database.connect()) {
      c.setAutoCommit(false);
      long program;
      try (PreparedStatement p = c.prepareStatement("insert into program (id, code, name, created_at, modified_at)"
          + " values (nextval('program_seq'), ?, ?, now(), now()) returning id")) {
        p.setString(1, "FUZZ-" + suffix);
        p.setString(2, "Fuzzing program " + suffix);
        try (ResultSet rs = p.executeQuery()) {
          rs.next();
          program = rs.getLong(1);
        }
      }
      try (PreparedStatement p = c.prepareStatement("insert into eligibility_policy (id, program_id, minimum_age, buyer_statutes,"
          + " trafficking_statutes, require_first_offense, require_no_prior_diversion, exclude_registered_offenders, exclude_pending_similar,"
          + " created_at, modified_at) select nextval('eligibility_policy_seq'), ?, minimum_age, buyer_statutes, trafficking_statutes,"
          + " require_first_offense, require_no_prior_diversion, exclude_registered_offenders, exclude_pending_similar, now(), now()"
          + " from eligibility_policy order by id limit 1")) {
        p.setLong(1, program);
        assertEquals(1, p.executeUpdate());
      }
      try (PreparedStatement p = c.prepareStatement("insert into app_user (id, program_id, username, display_name, role, password_hash,"
          + " password_changed_at, created_at, modified_at) values (nextval('app_user_seq'), ?, ?, 'Fuzz Admin', 'ADMIN', ?, now(), now(), now())")) {
        p.setLong(1, program);
        p.setString(2, username);
        p.setString(3, PasswordHasher.hash(password));
        assertEquals(1, p.executeUpdate());
      }
      c.commit();
    }
    authorization = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void no_operation_answers_500_to_random_and_boundary_input() throws Exception {
    fuzzProgram();
    HttpResponse<String> doc = HTTP.send(HttpRequest.newBuilder(URI.create(root() + "openapi?format=JSON")).build(),
        HttpResponse.BodyHandlers.ofString());
    JsonObject api = Json.createReader(new StringReader(doc.body())).readObject();
    schemas = api.containsKey("components") && api.getJsonObject("components").containsKey("schemas")
        ? api.getJsonObject("components").getJsonObject("schemas") : JsonValue.EMPTY_JSON_OBJECT;
    JsonObject paths = api.getJsonObject("paths");

    int sent = 0;
    Map<String, Integer> statuses = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    for (String path : new java.util.TreeSet<>(paths.keySet())) {
      JsonObject item = paths.getJsonObject(path);
      for (String method : List.of("get", "post", "put", "delete")) {
        if (!item.containsKey(method)) {
          continue;
        }
        JsonObject op = item.getJsonObject(method);
        for (int i = 0; i < PER_OPERATION; i++) {
          Request r = request(method.toUpperCase(), path, op, i);
          int status;
          String answer;
          try {
            HttpResponse<String> response = HTTP.send(r.build(root(), authorization), HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            answer = response.body();
          } catch (java.io.IOException e) {
            status = -1;
            answer = e.toString();
          }
          sent++;
          statuses.merge(status / 100 + "xx", 1, Integer::sum);
          if (status >= 500 || status < 0) {
            failures.add(method.toUpperCase() + " " + r.uri + " body " + shorten(r.body) + " -> " + status + " " + shorten(answer));
          }
        }
      }
    }
    System.out.println("API fuzz: " + sent + " requests, answers " + statuses + ", failures " + failures.size());
    assertTrue(sent > 2000, "requests sent: " + sent);
    assertTrue(failures.isEmpty(), failures.size() + " answers of 500 or broken connections:\n" + String.join("\n",
        failures.subList(0, Math.min(30, failures.size()))));
  }

  static String shorten(String s) {
    return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "...(" + s.length() + ")" : s;
  }

  /** One request to send. */
  record Request(String method, String uri, String contentType, String body, Map<String, String> headers) {
    HttpRequest build(String root, String authorization) {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(root + uri)).timeout(Duration.ofSeconds(120)).header("Authorization", authorization)
          .header("Accept", "*/*");
      headers.forEach(b::header);
      if (body == null) {
        return b.method(method, HttpRequest.BodyPublishers.noBody()).build();
      }
      return b.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body)).build();
    }
  }

  private Request request(String method, String path, JsonObject op, int round) {
    String uri = path.replaceFirst("^/", "");
    StringBuilder query = new StringBuilder();
    Map<String, String> headers = new TreeMap<>();
    JsonArray parameters = op.containsKey("parameters") ? op.getJsonArray("parameters") : JsonValue.EMPTY_JSON_ARRAY;
    for (JsonObject p : parameters.getValuesAs(JsonObject.class)) {
      String name = p.getString("name");
      String type = p.containsKey("schema") ? type(p.getJsonObject("schema")) : "string";
      String value = round == 0 ? "1" : scalar(type);
      switch (p.getString("in")) {
        case "path" -> uri = uri.replace("{" + name + "}", value.isEmpty() ? "0" : enc(value).replace("+", "%20"));
        case "query" -> {
          if (random.nextInt(4) > 0) {
            query.append(query.length() == 0 ? "?" : "&").append(enc(name)).append('=').append(enc(value));
          }
        }
        case "header" -> {
          if (!value.contains("\u0000") && !value.contains("\n") && value.length() < 200 && value.chars().allMatch(ch -> ch >= 0x20 && ch < 0x7f)) {
            headers.put(name, value);
          }
        }
        default -> { }
      }
    }
    uri = uri.replaceAll("\\{[^}]+\\}", "1") + query;
    if (method.equals("GET") || method.equals("DELETE")) {
      return new Request(method, uri, null, null, headers);
    }
    JsonObject content = op.containsKey("requestBody") ? op.getJsonObject("requestBody").getJsonObject("content") : null;
    String contentType = content == null || content.isEmpty() ? "application/json" : content.keySet().iterator().next();
    if (contentType.contains("csv") || contentType.contains("text")) {
      return new Request(method, uri, "text/csv", csvBody(round), headers);
    }
    if (contentType.contains("zip") || contentType.contains("octet")) {
      return new Request(method, uri, contentType, round % 2 == 0 ? "PK\u0003\u0004garbage" : STRINGS[random.nextInt(STRINGS.length)], headers);
    }
    JsonObject schema = content == null || content.isEmpty() || !content.getJsonObject(contentType).containsKey("schema")
        ? JsonValue.EMPTY_JSON_OBJECT : content.getJsonObject(contentType).getJsonObject("schema");
    return new Request(method, uri, "application/json", jsonBody(schema, round), headers);
  }

  private String csvBody(int round) {
    return switch (round % 4) {
      case 0 -> "";
      case 1 -> "a,b,c\n1,2,3\n";
      case 2 -> "\"unclosed\n" + STRINGS[random.nextInt(STRINGS.length)];
      default -> STRINGS[random.nextInt(STRINGS.length)] + "," + NUMBERS[random.nextInt(NUMBERS.length)] + "\n";
    };
  }

  private String jsonBody(JsonObject schema, int round) {
    return switch (round % 8) {
      case 0 -> "{}";
      case 1 -> "";
      case 2 -> "{\"unclosed\": [";
      case 3 -> random.nextBoolean() ? "[]" : "null";
      case 4 -> "[".repeat(2000) + "]".repeat(2000);
      default -> value(resolve(schema), 0);
    };
  }

  private JsonObject resolve(JsonObject schema) {
    if (schema.containsKey("$ref")) {
      String ref = schema.getString("$ref");
      String name = ref.substring(ref.lastIndexOf('/') + 1);
      return schemas.containsKey(name) ? schemas.getJsonObject(name) : JsonValue.EMPTY_JSON_OBJECT;
    }
    if (schema.containsKey("allOf") && !schema.getJsonArray("allOf").isEmpty()) {
      return resolve(schema.getJsonArray("allOf").getJsonObject(0));
    }
    return schema;
  }

  private static String type(JsonObject schema) {
    if (!schema.containsKey("type")) {
      return schema.containsKey("properties") ? "object" : "string";
    }
    JsonValue t = schema.get("type");
    if (t.getValueType() == JsonValue.ValueType.ARRAY) {
      return ((JsonArray) t).getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
          .filter(s -> !s.equals("null")).findFirst().orElse("string");
    }
    return ((jakarta.json.JsonString) t).getString();
  }

  /** A JSON value for the schema: mostly of its type but with hostile content, sometimes of another type. */
  private String value(JsonObject schema, int depth) {
    String type = type(schema);
    if (random.nextInt(6) == 0 || depth > 4) {
      type = List.of("string", "integer", "boolean", "null", "array", "object").get(random.nextInt(6));
    }
    return switch (type) {
      case "object" -> {
        StringBuilder b = new StringBuilder("{");
        JsonObject props = schema.containsKey("properties") ? schema.getJsonObject("properties") : JsonValue.EMPTY_JSON_OBJECT;
        for (String name : props.keySet()) {
          if (random.nextInt(5) == 0) {
            continue;
          }
          b.append(b.length() > 1 ? "," : "").append(quote(name)).append(':').append(value(resolve(props.getJsonObject(name)), depth + 1));
        }
        yield b.append('}').toString();
      }
      case "array" -> {
        JsonObject items = schema.containsKey("items") ? resolve(schema.getJsonObject("items")) : JsonValue.EMPTY_JSON_OBJECT;
        int n = random.nextInt(4);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          values.add(value(items, depth + 1));
        }
        yield "[" + String.join(",", values) + "]";
      }
      case "integer", "number" -> {
        String n = NUMBERS[random.nextInt(NUMBERS.length)];
        yield n.matches("-?[0-9.e]+") ? n : quote(n);
      }
      case "boolean" -> random.nextBoolean() ? "true" : quote("yes");
      case "null" -> "null";
      default -> quote(scalar("string"));
    };
  }

  private String scalar(String type) {
    return type.equals("integer") || type.equals("number") ? NUMBERS[random.nextInt(NUMBERS.length)]
        : type.equals("boolean") ? (random.nextBoolean() ? "true" : "maybe") : STRINGS[random.nextInt(STRINGS.length)];
  }

  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
