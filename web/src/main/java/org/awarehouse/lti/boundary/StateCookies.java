package org.awarehouse.lti.boundary;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;

/**
 * The cookie that binds a login's state to the browser. Each login has its own cookie name, so
 * that two launches started at once in one browser (two tool frames on one LMS page) do not
 * overwrite each other's state. SameSite=None and Secure let it survive the platform's cross-site
 * form post; where the browser blocks it anyway, platform storage takes over.
 */
final class StateCookies {
  static final String PREFIX = "awh_lti_state_";
  private static final int NAME_CHARS = 16;
  private static final int MAX_AGE_SECONDS = 600;

  private StateCookies() {}

  static NewCookie issue(String state) {
    return cookie(state, state, MAX_AGE_SECONDS);
  }

  static NewCookie spent(String state) {
    return cookie(state, "", 0);
  }

  /** The cookie sent for this state, or null. */
  static String read(HttpHeaders headers, String state) {
    if (state == null || state.length() < NAME_CHARS) {
      return null;
    }
    Cookie cookie = headers.getCookies().get(name(state));
    return cookie == null ? null : cookie.getValue();
  }

  /** States are base64url, whose characters are all allowed in a cookie name. */
  static String name(String state) {
    return PREFIX + state.substring(0, NAME_CHARS);
  }

  private static NewCookie cookie(String state, String value, int maxAge) {
    return new NewCookie.Builder(name(state))
        .value(value)
        .path("/lti")
        .maxAge(maxAge)
        .secure(true)
        .httpOnly(true)
        .sameSite(NewCookie.SameSite.NONE)
        .build();
  }
}
