package org.johnschool.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AjaxRedirectTest {

  @Test
  void an_ajax_redirect_is_well_formed_xml() {
    assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"/login.xhtml?a=1&amp;b=2\"/></partial-response>",
        AjaxRedirect.to("/login.xhtml?a=1&b=2"));
  }
}
