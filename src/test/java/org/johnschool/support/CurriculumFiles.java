package org.johnschool.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.johnschool.curriculum.infrastructure.CurriculumFolder;

/** The project's curriculum folder, optionally with one file edited, as the ZIP an admin uploads. */
public final class CurriculumFiles {

  private CurriculumFiles() {}

  public static SortedMap<String, byte[]> shipped() {
    return CurriculumFolder.fromDirectory(Path.of("curriculum"));
  }

  public static byte[] zipWithEdit(String path, UnaryOperator<String> edit) {
    return zip(edit(shipped(), path, edit));
  }

  public static SortedMap<String, byte[]> edit(SortedMap<String, byte[]> files, String path, UnaryOperator<String> edit) {
    files.put(path, edit.apply(new String(files.get(path), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    return files;
  }

  public static byte[] zip(SortedMap<String, byte[]> files) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (var f : files.entrySet()) {
        zip.putNextEntry(new ZipEntry("curriculum/" + f.getKey()));
        zip.write(f.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
