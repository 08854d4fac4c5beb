package org.johnschool.platform;

/**
 * A stack trace for the log without exception messages: database and parser messages can quote the
 * values of a row (names, dates of birth), which must never reach a log.
 */
public final class SafeTrace {

  private static final int FRAMES = 8;

  private SafeTrace() {}

  public static String of(Throwable e) {
    StringBuilder sb = new StringBuilder();
    Throwable t = e;
    for (int depth = 0; t != null && depth < 10; depth++, t = t.getCause()) {
      sb.append(depth == 0 ? "" : "\n caused by ").append(t.getClass().getName());
      StackTraceElement[] frames = t.getStackTrace();
      for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
        sb.append("\n    at ").append(frames[i]);
      }
    }
    return sb.toString();
  }
}
