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

  @Test
  void a_nul_character_in_any_text_is_named_by_its_field() {
    java.util.function.Function<String, String> nul = b -> JsonBodyCheck.fieldWithNul(b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    org.junit.jupiter.api.Assertions.assertEquals("reference", nul.apply("{\"amount\":\"1.00\",\"reference\":\"A\\u0000B\"}"));
    org.junit.jupiter.api.Assertions.assertEquals("description", nul.apply("{\"charges\":[{\"description\":\"x\\u0000\"}]}"));
    org.junit.jupiter.api.Assertions.assertEquals("body", nul.apply("\"\\u0000\""));
    assertNull(nul.apply("{\"reference\":\"A\\u0001B\",\"n\":0}"));
  }
}
