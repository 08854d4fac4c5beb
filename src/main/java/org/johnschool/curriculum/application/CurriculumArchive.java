package org.johnschool.curriculum.application;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.johnschool.curriculum.domain.CurriculumProblem;
import org.johnschool.curriculum.domain.CurriculumRejectedException;

/**
 * A curriculum folder uploaded as a ZIP file (a program with its own course). Entries may sit under one
 * top folder (e.g. {@code curriculum/course.md}); that folder is dropped. Bounded, so a hostile archive
 * cannot exhaust memory.
 */
public final class CurriculumArchive {

  static final int MAX_ENTRIES = 1_000;
  static final long MAX_BYTES = 10L * 1024 * 1024;

  private CurriculumArchive() {}

  public static SortedMap<String, byte[]> read(InputStream zip) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    long total = 0;
    try (ZipInputStream in = new ZipInputStream(zip)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        if (entry.isDirectory()) {
          continue;
        }
        String name = entry.getName().replace('\\', '/');
        if (name.startsWith("/") || name.contains("../") || name.startsWith("__MACOSX/")) {
          continue;
        }
        if (files.size() >= MAX_ENTRIES) {
          throw refused("The archive has more than " + MAX_ENTRIES + " files.");
        }
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_BYTES - total + 1));
        total += bytes.length;
        if (total > MAX_BYTES) {
          throw refused("The archive holds more than " + MAX_BYTES / (1024 * 1024) + " MB of files.");
        }
        files.put(name, bytes);
      }
    } catch (IOException e) {
      throw refused("The upload is not a readable ZIP file.");
    }
    if (files.isEmpty()) {
      throw refused("The upload is not a ZIP file of the curriculum folder (no files found).");
    }
    return withoutTopFolder(files);
  }

  private static SortedMap<String, byte[]> withoutTopFolder(SortedMap<String, byte[]> files) {
    if (files.containsKey("course.md")) {
      return files;
    }
    String top = files.firstKey().contains("/") ? files.firstKey().substring(0, files.firstKey().indexOf('/') + 1) : null;
    if (top == null || !files.keySet().stream().allMatch(k -> k.startsWith(top))) {
      return files;
    }
    SortedMap<String, byte[]> stripped = new TreeMap<>();
    files.forEach((k, v) -> stripped.put(k.substring(top.length()), v));
    return stripped;
  }

  private static CurriculumRejectedException refused(String problem) {
    return new CurriculumRejectedException(List.of(new CurriculumProblem("(upload)", 0, problem)));
  }
}
