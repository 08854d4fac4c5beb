package org.johnschool.platform.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.johnschool.platform.FieldError;
import org.johnschool.platform.Phrase;

/**
 * Calls that change something come from this application's pages or from programs, never from another site (issue
 * 22, item 8): a browser that cached an account's Basic credentials would otherwise send them with any page's form or
 * script. A call the browser marks as cross-site ({@code Sec-Fetch-Site}) or whose {@code Origin} is another site is
 * refused with 403 before it runs; court systems and scripts send neither header and are not affected. And a call
 * that declares no body refuses the body types an HTML form can send without asking (415), so a form cannot reach it
 * from an older browser either.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class CrossSiteCheck implements ContainerRequestFilter {

  private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
  /** What a form or a "simple" cross-site request may send without the browser asking the server first. */
  private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!CHANGING.contains(request.getMethod())) {
      return;
    }
    if (fromAnotherSite(request.getHeaderString("Sec-Fetch-Site"), request.getHeaderString("Origin"), request.getHeaderString("Host"))) {
      request.abortWith(refusal(403, "Origin", "api.crossSite"));
      return;
    }
    MediaType type = request.getMediaType();
    if (type != null && FORM_TYPES.contains((type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT)) && !declares(type)) {
      request.abortWith(refusal(415, "Content-Type", "api.formBody"));
    }
  }

  /**
   * Whether the browser says the call comes from another site: {@code Sec-Fetch-Site} other than same-origin or none
   * (typed by the person), or, from browsers without it, an {@code Origin} whose host and port are not the ones the
   * call was sent to (or {@code JSM_PUBLIC_URL}'s).
   */
  static boolean fromAnotherSite(String fetchSite, String origin, String host) {
    if (fetchSite != null) {
      String site = fetchSite.trim().toLowerCase(Locale.ROOT);
      return !site.equals("same-origin") && !site.equals("none");
    }
    if (origin == null) {
      return false;
    }
    String authority = authorityOf(origin.trim());
    if (authority == null) {
      return true; // "null" (a sandboxed frame, a file) or garbage
    }
    if (host != null && authority.equalsIgnoreCase(host.trim())) {
      return false;
    }
    String configured = System.getenv("JSM_PUBLIC_URL");
    return configured == null || configured.isBlank() || !authority.equalsIgnoreCase(authorityOf(configured.trim()));
  }

  private static String authorityOf(String url) {
    try {
      URI uri = URI.create(url);
      return uri.getScheme() == null || uri.getRawAuthority() == null ? null : uri.getRawAuthority();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private boolean declares(MediaType type) {
    Consumes consumes = resource.getResourceMethod() == null ? null : resource.getResourceMethod().getAnnotation(Consumes.class);
    if (consumes == null && resource.getResourceClass() != null) {
      consumes = resource.getResourceClass().getAnnotation(Consumes.class);
    }
    if (consumes == null) {
      return false;
    }
    for (String declared : consumes.value()) {
      for (String one : declared.split(",")) {
        if (MediaType.valueOf(one.trim()).isCompatible(type)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Response refusal(int status, String field, String key) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(ErrorBody.of(status, "The call was refused.", List.of(new FieldError(field, Phrase.of(key))), null)).build();
  }
}
