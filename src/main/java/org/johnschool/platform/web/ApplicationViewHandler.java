package org.johnschool.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * How the application's views are built: in the language the person chose, and posting to the address of the record
 * they show (see each method).
 */
public class ApplicationViewHandler extends ViewHandlerWrapper {

  public ApplicationViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  /**
   * A form posts to its page's address with the record it shows ({@code case.xhtml?id=7}), so after an action that
   * stays on the page (a refusal) the address still names the record and a reload shows it, not the not-found page.
   * The sign-in page keeps its own address (its parameters are one-time notes, not a record).
   */
  @Override
  public String getActionURL(FacesContext context, String viewId) {
    String url = super.getActionURL(context, viewId);
    UIViewRoot root = context.getViewRoot();
    if (root == null || !viewId.equals(root.getViewId()) || url.contains("?") || viewId.equals("/login.xhtml")) {
      return url;
    }
    StringBuilder query = new StringBuilder();
    for (UIViewParameter p : ViewMetadata.getViewParameters(root)) {
      String value = p.getStringValue(context);
      if (value != null && !value.isEmpty()) {
        query.append(query.length() == 0 ? '?' : '&').append(URLEncoder.encode(p.getName(), StandardCharsets.UTF_8)).append('=')
            .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
      }
    }
    return url + query;
  }

  /**
   * A redirect to the same view after an action ("?id=5&faces-redirect=true") would name the view parameters twice (once
   * from {@link #getActionURL}, once from the navigation): each name=value pair appears once.
   */
  @Override
  public String getRedirectURL(FacesContext context, String viewId, java.util.Map<String, java.util.List<String>> parameters,
      boolean includeViewParams) {
    String url = super.getRedirectURL(context, viewId, parameters, includeViewParams);
    int q = url.indexOf('?');
    if (q < 0) {
      return url;
    }
    java.util.LinkedHashSet<String> pairs = new java.util.LinkedHashSet<>(java.util.Arrays.asList(url.substring(q + 1).split("&")));
    return url.substring(0, q + 1) + String.join("&", pairs);
  }

  /**
   * Every view speaks the language the person chose ({@link LanguageBacking}) from the moment it is built or
   * restored, not only when it is rendered: without this, the view's locale is the browser's until {@code f:view}
   * applies the choice at render, so what beans worded before (a refusal, an eligibility reason, a presenter's role
   * in a list) came out in the browser's language on a page in the chosen one.
   */
  @Override
  public Locale calculateLocale(FacesContext context) {
    return context.getApplication().evaluateExpressionGet(context, "#{languageBacking}", LanguageBacking.class).getLocale();
  }
}
