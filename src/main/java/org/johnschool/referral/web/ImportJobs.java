package org.johnschool.referral.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.platform.SafeTrace;
import org.johnschool.referral.application.DocketImport;
import org.johnschool.referral.application.DocketRejectedException;
import org.johnschool.referral.application.ImportProblem;
import org.johnschool.referral.application.ImportSummary;

/**
 * Docket imports started from the page run in the background, so a large file can be left running;
 * the page polls its job for progress and the result. Jobs are kept for their owner until read.
 */
@ApplicationScoped
public class ImportJobs {

  private static final Logger LOG = Logger.getLogger(ImportJobs.class.getName());

  @Resource ManagedExecutorService executor;
  @Inject DocketImport docketImport;

  private final Map<String, Job> jobs = new ConcurrentHashMap<>();

  /** One import: how far it got and how it ended. */
  public static final class Job {
    final String owner;
    final long size;
    volatile long read;
    volatile boolean done;
    volatile ImportSummary summary;
    volatile List<ImportProblem> problems = List.of();
    volatile long problemCount;
    volatile boolean failed;

    Job(String owner, long size) {
      this.owner = owner;
      this.size = size;
    }

    public int getPercent() {
      return size <= 0 ? (done ? 100 : 0) : (int) Math.min(100, read * 100 / size);
    }

    public boolean isDone() {
      return done;
    }

    public ImportSummary getSummary() {
      return summary;
    }

    public List<ImportProblem> getProblems() {
      return problems;
    }

    public long getProblemCount() {
      return problemCount;
    }

    public boolean isFailed() {
      return failed;
    }
  }

  /** Starts importing a file already saved to disk; the file is deleted when the job ends. */
  public String start(Path file, StaffScope scope, String sourceAddress) throws IOException {
    String id = UUID.randomUUID().toString();
    Job job = new Job(scope.username(), Files.size(file));
    jobs.put(id, job);
    executor.submit(() -> run(file, scope, sourceAddress, job));
    return id;
  }

  private void run(Path file, StaffScope scope, String sourceAddress, Job job) {
    try (InputStream in = Files.newInputStream(file)) {
      job.summary = docketImport.importDocket(in, scope, sourceAddress, n -> job.read = n);
    } catch (DocketRejectedException e) {
      job.problems = e.problems();
      job.problemCount = e.problemCount();
    } catch (Exception e) {
      job.failed = true;
      LOG.log(Level.SEVERE, "Docket import failed: {0}", SafeTrace.of(e));
    } finally {
      job.done = true;
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        LOG.warning("Could not delete an uploaded docket file from the temporary folder.");
      }
    }
  }

  /** The job, only for the person who started it. */
  public Job get(String id, String username) {
    Job job = id == null ? null : jobs.get(id);
    return job != null && job.owner.equals(username) ? job : null;
  }

  public void forget(String id) {
    jobs.remove(id);
  }
}
