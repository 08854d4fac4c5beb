package org.johnschool.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie is HttpOnly (web.xml) and SameSite=Lax everywhere, and also Secure in production
 * mode, where the application is served over TLS only (README, "Production configuration"); demo mode
 * runs on plain http://localhost, where a Secure cookie would never come back.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    boolean production = !"demo".equalsIgnoreCase(System.getProperty("jsm.mode", "production"));
    var cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setSecure(production);
    // web.xml's <attribute> of the cookie-config is not applied by this server's deployment reader (the probe of issue 22
    // found no SameSite on the cookie): set through the Servlet 6 API, which it honours.
    cookie.setAttribute("SameSite", "Lax");
  }
}
