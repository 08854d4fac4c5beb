package org.johnschool.platform;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.johnschool.platform.rest.JsonBodyCheck;
import org.junit.jupiter.api.Test;

class JsonBodyCheckTest {

  static String problem(String body) {
    return JsonBodyCheck.problemOf(body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void well_formed_bodies_pass_and_an_empty_one_is_left_to_the_endpoint() {
    assertNull(problem(""));
    assertNull(problem("{\"a\":[1,{\"b\":null}],\"c\":\"x\"}"));
    assertNull(problem("[]"));
    assertNull(problem("[".repeat(JsonBodyCheck.MAX_DEPTH) + "]".repeat(JsonBodyCheck.MAX_DEPTH)));
  }

  @Test
  void cut_off_malformed_and_too_deep_bodies_are_named() {
    for (String cut : new String[] {"{\"unknown\": [", "{\"unknown\": {", "{", "[1,", "{\"a\" 1}", "{'a':1}", "nul", "{\"a\":1}}"}) {
      String p = problem(cut);
      assertTrue(p != null && p.startsWith("The body is not valid JSON"), cut + " -> " + p);
    }
    int deep = JsonBodyCheck.MAX_DEPTH + 1;
    assertTrue(problem("[".repeat(deep) + "]".repeat(deep)).contains("deeper than"));
  }
}
