package org.johnschool.linkage.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.linkage.application.LinkageRun;
import org.johnschool.linkage.application.RecordLinkage;
import org.johnschool.linkage.domain.LinkThresholds;
import org.johnschool.platform.SafeTrace;

/** Linkage runs started from the page go on in the background (a state's file takes a minute); the page polls for progress. */
@ApplicationScoped
public class LinkageJobs {

  private static final Logger LOG = Logger.getLogger(LinkageJobs.class.getName());

  @Resource ManagedExecutorService executor;
  @Inject RecordLinkage linkage;

  private final Map<String, Job> jobs = new ConcurrentHashMap<>();

  /** One run: records read of the total, and how it ended. */
  public static final class Job {
    final String owner;
    final long total;
    volatile long read;
    volatile boolean done;
    volatile boolean failed;
    volatile LinkageRun result;

    Job(String owner, long total) {
      this.owner = owner;
      this.total = total;
    }

    public int getPercent() {
      return total <= 0 ? (done ? 100 : 0) : (int) Math.min(100, read * 100 / total);
    }

    public boolean isDone() {
      return done;
    }

    public boolean isFailed() {
      return failed;
    }

    public LinkageRun getResult() {
      return result;
    }
  }

  public String start(StaffScope scope) {
    String id = UUID.randomUUID().toString();
    Job job = new Job(scope.username(), linkage.recordCount(scope));
    jobs.put(id, job);
    executor.submit(() -> {
      try {
        job.result = linkage.run(scope, LinkThresholds.DEFAULT, n -> job.read = n);
        job.read = job.total;
      } catch (RuntimeException e) {
        job.failed = true;
        LOG.log(Level.SEVERE, "Linkage run failed: {0}", SafeTrace.of(e));
      } finally {
        job.done = true;
      }
    });
    return id;
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
