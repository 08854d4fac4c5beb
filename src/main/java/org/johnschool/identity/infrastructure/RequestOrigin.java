package org.johnschool.identity.infrastructure;

import jakarta.enterprise.context.RequestScoped;

/** Where the current request comes from, for audit records (filled by {@link RequestOriginFilter}). */
@RequestScoped
public class RequestOrigin {

  private String address;

  public String getAddress() {
    return address;
  }

  void setAddress(String address) {
    this.address = address;
  }
}
