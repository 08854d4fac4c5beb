package org.johnschool.platform;

/** This server, as WildFly names it ({@code jboss.node.name}, else the host name): where audit events and job claims happen. */
public final class ServerNode {

  public static final String NAME = name();

  private ServerNode() {}

  private static String name() {
    String name = System.getProperty("jboss.node.name");
    if (name == null || name.isBlank()) {
      try {
        name = java.net.InetAddress.getLocalHost().getHostName();
      } catch (java.net.UnknownHostException e) {
        name = "unknown";
      }
    }
    return name.length() > 100 ? name.substring(0, 100) : name;
  }
}
