package org.johnschool.tools;

import java.nio.file.Files;
import java.nio.file.Path;

/** Waits until a file exists (the database's ready file), failing the build after a time limit. */
public final class AwaitFile {

  private AwaitFile() {}

  public static void main(String[] args) throws InterruptedException {
    Path file = Path.of(args[0]);
    long start = System.currentTimeMillis();
    long deadline = start + Long.parseLong(args[1]) * 1000;
    while (!writtenSince(file, start - 1000)) {
      if (System.currentTimeMillis() > deadline) {
        throw new IllegalStateException("Timed out waiting for " + file);
      }
      Thread.sleep(200);
    }
  }

  /** A file left by an earlier run does not count: only one written after we started waiting. */
  private static boolean writtenSince(Path file, long since) {
    try {
      return Files.exists(file) && Files.getLastModifiedTime(file).toMillis() >= since;
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
