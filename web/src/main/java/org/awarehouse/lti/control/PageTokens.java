package org.awarehouse.lti.control;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.util.UUID;

/**
 * The token a launch's landing page carries instead of a session: cookies inside an LMS iframe
 * are third-party and often blocked, so every later request from the page presents this signed,
 * short-lived token, and the server keeps no session.
 */
@ApplicationScoped
public class PageTokens {
  static final String PURPOSE = "launch-page";

  @Inject ToolTokens tokens;

  /**
   * What a launch established, as far as the page's later requests need it. The learner id is the
   * pseudonym; context, resource link, module and locale are nullable.
   */
  public record LaunchPage(
      UUID organisationId, UUID platformId, String learnerId, String contextId, String contextTitle,
      String resourceLinkId, String moduleSlug, boolean staff, String locale) {}

  public String issue(LaunchPage page) {
    return tokens.forSelf(PURPOSE, LaunchService.PAGE_TOKEN_TTL, new JWTClaimsSet.Builder()
        .subject(page.learnerId())
        .claim("org", page.organisationId().toString())
        .claim("platform", page.platformId().toString())
        .claim("context", page.contextId())
        .claim("context_title", page.contextTitle())
        .claim("resource_link", page.resourceLinkId())
        .claim("module", page.moduleSlug())
        .claim("staff", page.staff())
        .claim("locale", page.locale()));
  }

  /** The launch behind a page token, or a rejection when it is forged, altered, expired or foreign. */
  public LaunchPage read(String token) {
    if (token == null || token.isBlank()) {
      throw new LoginRejectedException("missing-page-token", "This page was opened without its launch. Start again from the course.");
    }
    JWTClaimsSet claims = tokens.verifySelf(token, PURPOSE);
    try {
      return new LaunchPage(uuid(claims, "org"), uuid(claims, "platform"), claims.getSubject(), claims.getStringClaim("context"),
          claims.getStringClaim("context_title"), claims.getStringClaim("resource_link"),
          claims.getStringClaim("module"), Boolean.TRUE.equals(claims.getBooleanClaim("staff")),
          claims.getStringClaim("locale"));
    } catch (ParseException | IllegalArgumentException e) {
      throw unreadable();
    }
  }

  private static UUID uuid(JWTClaimsSet claims, String name) throws ParseException {
    String value = claims.getStringClaim(name);
    if (value == null) {
      throw unreadable();
    }
    return UUID.fromString(value);
  }

  private static LoginRejectedException unreadable() {
    return new LoginRejectedException("invalid-page-token", "The page token cannot be read.");
  }
}
