package org.johnschool.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Requests sent at once, as a burst of one account's clients or an attacker's script sends them. */
public final class Parallel {

  private Parallel() {}

  /** Runs {@code n} calls released together; their answers in the order of {@code i}. */
  public static <T> List<T> run(int n, IntFunction<T> call) {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<T>> answers = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int k = i;
        answers.add(pool.submit(() -> {
          start.await();
          return call.apply(k);
        }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> a : answers) {
        results.add(a.get());
      }
      return results;
    } catch (Exception e) {
      throw new AssertionError("a parallel request did not finish", e);
    } finally {
      pool.shutdownNow();
    }
  }
}
