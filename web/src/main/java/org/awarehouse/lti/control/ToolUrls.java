package org.awarehouse.lti.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The tool's own LTI endpoints, as an LMS admin pastes them, derived from the public URL. */
@ApplicationScoped
public class ToolUrls {

  @Inject
  @ConfigProperty(name = "awarehouse.public-url")
  String publicUrl;

  private volatile String base;

  /** The public URL without a trailing slash; every statement's authority names it, so it is made once. */
  public String base() {
    String made = base;
    if (made == null) {
      made = publicUrl.replaceFirst("/+$", "");
      base = made;
    }
    return made;
  }

  /** OpenID Connect login initiation URL (Security Framework 1.0 §5.1.1). */
  public String login() {
    return base() + "/lti/login";
  }

  /** Redirect URI the platform posts the id_token to; also the resource-link target. */
  public String launch() {
    return base() + "/lti/launch";
  }

  /** The tool's public keys (JWK Set). */
  public String jwks() {
    return base() + "/lti/jwks";
  }

  /** Target of deep-linking requests. */
  public String deepLinking() {
    return base() + "/lti/launch";
  }

  /** True when {@code uri} points at this tool, so that a login can never redirect elsewhere. */
  public boolean isOurs(String uri) {
    return uri != null && (uri.equals(base()) || uri.startsWith(base() + "/"));
  }
}
