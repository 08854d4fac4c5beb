package org.johnschool.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The application as built by Maven, deployed under another name (the plugin's copy is not deployed). */
public final class Deployments {

  private Deployments() {}

  public static WebArchive application() {
    File war = new File(System.getProperty("project.build.directory", "target"), "john-school-manager.war");
    return ShrinkWrap.create(ZipImporter.class, "test.war").importFrom(war).as(WebArchive.class);
  }

  /**
   * The application with an in-container test class (run inside the server, through Arquillian's servlet protocol,
   * with the server's data source, transactions and beans injected) and the rows it writes.
   */
  public static WebArchive inContainer(Class<?> test) {
    return application().addClasses(test, Rows.class);
  }
}
