package org.awarehouse.platform.control;

import java.util.Map;

/**
 * The request carries no usable API token. RFC 6750 §3: the 401 names the Bearer scheme, and
 * {@code error="invalid_token"} when a token was sent but is unknown, revoked or expired.
 */
public class AuthenticationRequiredException extends DomainException {
  private final boolean tokenPresented;

  private AuthenticationRequiredException(String detail, boolean tokenPresented) {
    super(detail);
    this.tokenPresented = tokenPresented;
  }

  public static AuthenticationRequiredException missing() {
    return new AuthenticationRequiredException(
        "This endpoint needs an API token: send the header 'Authorization: Bearer <token>'.", false);
  }

  public static AuthenticationRequiredException invalid() {
    return new AuthenticationRequiredException(
        "The API token is unknown, revoked or expired. Ask an administrator for a new one.", true);
  }

  @Override
  public int status() {
    return 401;
  }

  @Override
  public String type() {
    return tokenPresented ? "invalid-token" : "authentication-required";
  }

  @Override
  public String title() {
    return tokenPresented ? "Invalid API token" : "Authentication required";
  }

  @Override
  public Map<String, String> headers() {
    return Map.of(
        "WWW-Authenticate",
        tokenPresented ? "Bearer realm=\"awarehouse\", error=\"invalid_token\"" : "Bearer realm=\"awarehouse\"");
  }
}
