package org.johnschool.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RefererPageTest {

  @Test
  void the_page_is_a_path_inside_the_application_never_another_site() {
    assertEquals(Optional.of("/case.xhtml?id=7"), RefererPage.of("https://jsm.example.org/case.xhtml?id=7", ""));
    assertEquals(Optional.of("/app/case.xhtml"), RefererPage.of("http://localhost:8080/app/case.xhtml", "/app"));
    assertEquals(Optional.empty(), RefererPage.of("http://localhost:8080/other/case.xhtml", "/app"), "another application");
    assertEquals(Optional.empty(), RefererPage.of("http://localhost:8080//evil.example/x", ""), "a protocol-relative path");
    assertEquals(Optional.empty(), RefererPage.of("javascript:alert(1)", ""));
    assertEquals(Optional.empty(), RefererPage.of("not a url", ""));
    assertEquals(Optional.empty(), RefererPage.of(null, ""));
  }
}
