package org.johnschool.linkage.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Given names that stand for one another (William, Bill, Will…), from {@code linkage/nicknames.txt}. */
public final class Nicknames {

  private static final Nicknames STANDARD = load();

  private final Map<String, Set<Integer>> groupsOf;

  private Nicknames(Map<String, Set<Integer>> groupsOf) {
    this.groupsOf = groupsOf;
  }

  public static Nicknames standard() {
    return STANDARD;
  }

  /** Whether two normalized first names belong to one group (the same name counts too). */
  public boolean same(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    Set<Integer> ga = groupsOf.get(a);
    Set<Integer> gb = groupsOf.get(b);
    if (ga == null || gb == null) {
      return false;
    }
    for (Integer g : ga) {
      if (gb.contains(g)) {
        return true;
      }
    }
    return false;
  }

  private static Nicknames load() {
    Map<String, Set<Integer>> groups = new HashMap<>();
    try (InputStream in = Nicknames.class.getResourceAsStream("/linkage/nicknames.txt")) {
      if (in == null) {
        throw new IllegalStateException("linkage/nicknames.txt is missing from the application");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int group = 0;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        group++;
        String[] parts = line.split("[:,]");
        for (String part : parts) {
          String name = Names.normalize(part);
          if (!name.isEmpty()) {
            groups.computeIfAbsent(name, n -> new HashSet<>()).add(group);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Nicknames(groups);
  }
}
