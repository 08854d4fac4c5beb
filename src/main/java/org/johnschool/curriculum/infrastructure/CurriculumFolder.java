package org.johnschool.curriculum.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.johnschool.curriculum.domain.CurriculumSource;

/**
 * The curriculum folder this installation teaches from: the directory named by {@code JSM_CURRICULUM_DIR}
 * (the embedded default points it at the project's {@code curriculum/}, so edited files load on the admin's
 * action), otherwise the copy packaged in the application ({@code WEB-INF/curriculum}).
 */
@ApplicationScoped
public class CurriculumFolder implements CurriculumSource {

  static final String PACKAGED = "/WEB-INF/curriculum/";

  @Inject ServletContext servletContext;

  @Override
  public SortedMap<String, byte[]> files() {
    Path dir = configuredDirectory();
    return dir != null ? fromDirectory(dir) : fromPackage();
  }

  @Override
  public String description() {
    Path dir = configuredDirectory();
    return dir != null ? dir.toString() : "packaged with the application";
  }

  /** Every regular file under a directory, by path relative to it with '/' separators. */
  public static SortedMap<String, byte[]> fromDirectory(Path dir) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The curriculum folder " + dir + " cannot be read.", e);
    }
    return files;
  }

  private SortedMap<String, byte[]> fromPackage() {
    SortedMap<String, byte[]> files = new TreeMap<>();
    collect(PACKAGED, files);
    return files;
  }

  private void collect(String folder, SortedMap<String, byte[]> files) {
    Set<String> paths = servletContext.getResourcePaths(folder);
    if (paths == null) {
      return;
    }
    for (String path : paths) {
      if (path.endsWith("/")) {
        collect(path, files);
      } else {
        try (InputStream in = servletContext.getResourceAsStream(path)) {
          files.put(path.substring(PACKAGED.length()), in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  private static Path configuredDirectory() {
    String dir = System.getenv("JSM_CURRICULUM_DIR");
    return dir == null || dir.isBlank() ? null : Path.of(dir);
  }
}
