package org.awarehouse.lti.control;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one rule for URLs of a platform's endpoints, whether an admin types them or dynamic
 * registration reads them: https, or plain http only on this machine (tests, local platforms).
 */
public final class PlatformUrls {
  public static final String REGEX = "(https://|http://(localhost|127\\.0\\.0\\.1)(:\\d+)?/)\\S{1,990}";
  public static final String RULE = "must be an https URL (http only for localhost)";
  private static final Pattern PATTERN = Pattern.compile(REGEX);

  private PlatformUrls() {}

  public static boolean acceptable(String url) {
    return url != null && PATTERN.matcher(url).matches();
  }

  /**
   * The web origin of a URL as browsers compare it ({@code https://lms.example}, default port
   * left out): the target of postMessages and the source of a Content-Security-Policy.
   */
  public static String origin(String url) {
    URI uri = URI.create(url);
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    boolean defaultPort = port == -1 || ("https".equals(scheme) && port == 443) || ("http".equals(scheme) && port == 80);
    return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
  }
}
