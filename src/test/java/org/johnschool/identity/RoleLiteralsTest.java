package org.johnschool.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Roles come from one place, {@code identity/domain/Role} (issue 21): no bean or page names a role in a string
 * ({@code staff.is("ADMIN")}, {@code currentStaff.is('ADMIN')}); beans use the enum, pages {@code currentStaff.admin}.
 * web.xml's constraints are the container's and name the roles there.
 */
class RoleLiteralsTest {

  private static final Pattern LITERAL = Pattern.compile("[\"'](ADMIN|COORDINATOR|FACILITATOR|CLERK|EVALUATOR)[\"']");

  @Test
  void no_bean_or_page_names_a_role_in_a_string() throws IOException {
    List<String> found;
    try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/main/webapp")))) {
      found = files.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".xhtml"))
          .filter(p -> !p.endsWith(Path.of("org/johnschool/identity/domain/Role.java")))
          .flatMap(RoleLiteralsTest::literals).toList();
    }
    assertEquals(List.of(), found);
  }

  private static Stream<String> literals(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      return java.util.stream.IntStream.range(0, lines.size()).filter(i -> LITERAL.matcher(lines.get(i)).find())
          .mapToObj(i -> file + ":" + (i + 1) + ": " + lines.get(i).strip());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
