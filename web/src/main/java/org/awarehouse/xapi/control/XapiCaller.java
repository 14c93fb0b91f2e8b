package org.awarehouse.xapi.control;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;

/** The LRS credential of this request, set by the xAPI authentication filter. */
@RequestScoped
public class XapiCaller {
  private XapiCredentials.Authenticated credential;
  private XapiVersion version = XapiVersion.V1_0_3;

  public void authenticated(XapiCredentials.Authenticated credential) {
    this.credential = credential;
  }

  public void version(XapiVersion version) {
    this.version = version;
  }

  /** The version the request asked for in X-Experience-API-Version. */
  public XapiVersion version() {
    return version;
  }

  public XapiCredentials.Authenticated credential() {
    if (credential == null) {
      throw new IllegalStateException("No authenticated LRS caller in this request");
    }
    return credential;
  }

  public UUID organisationId() {
    return credential().organisationId();
  }
}
