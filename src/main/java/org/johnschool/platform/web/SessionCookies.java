package org.johnschool.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie is HttpOnly and SameSite=Lax (web.xml) everywhere, and also Secure in production
 * mode, where the application is served over TLS only (README, "Production configuration"); demo mode
 * runs on plain http://localhost, where a Secure cookie would never come back.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    boolean production = !"demo".equalsIgnoreCase(System.getProperty("jsm.mode", "production"));
    event.getServletContext().getSessionCookieConfig().setSecure(production);
  }
}
