package org.johnschool.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Every view speaks the language the person chose ({@link LanguageBacking}) from the moment it is built or restored,
 * not only when it is rendered: without this, the view's locale is the browser's until {@code f:view} applies the
 * choice at render, so what beans worded before (a refusal, an eligibility reason, a presenter's role in a list) came
 * out in the browser's language on a page in the chosen one.
 */
public class ChosenLanguageViewHandler extends ViewHandlerWrapper {

  public ChosenLanguageViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Locale calculateLocale(FacesContext context) {
    return context.getApplication().evaluateExpressionGet(context, "#{languageBacking}", LanguageBacking.class).getLocale();
  }
}
