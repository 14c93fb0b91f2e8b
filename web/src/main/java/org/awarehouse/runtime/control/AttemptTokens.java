package org.awarehouse.runtime.control;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Duration;
import java.util.UUID;
import org.awarehouse.lti.control.LoginRejectedException;
import org.awarehouse.lti.control.ToolTokens;

/**
 * The token the player gives the runtime adapter: it lets the content's frame save one attempt
 * of one learner, and nothing else. It lives in the adapter's URL fragment (never sent to a
 * server or in a Referer) and expires after a working day.
 */
@ApplicationScoped
public class AttemptTokens {
  static final String PURPOSE = "attempt";
  static final Duration TTL = Duration.ofHours(8);

  @Inject ToolTokens tokens;

  /**
   * What an attempt token names. {@code language} is the launch's locale (such as {@code nl-NL}),
   * null when the launch gave none.
   */
  public record AttemptGrant(UUID organisationId, UUID attemptId, String learnerId, String language) {}

  public String issue(AttemptGrant grant) {
    return tokens.forSelf(PURPOSE, TTL, new JWTClaimsSet.Builder()
        .subject(grant.learnerId())
        .claim("org", grant.organisationId().toString())
        .claim("attempt", grant.attemptId().toString())
        .claim("lang", grant.language()));
  }

  public AttemptGrant read(String token) {
    if (token == null || token.isBlank()) {
      throw new AttemptRejectedException("The request carries no attempt token. Reopen the module from the course.");
    }
    try {
      JWTClaimsSet claims = tokens.verifySelf(token, PURPOSE);
      return new AttemptGrant(UUID.fromString(claims.getStringClaim("org")),
          UUID.fromString(claims.getStringClaim("attempt")), claims.getSubject(), claims.getStringClaim("lang"));
    } catch (LoginRejectedException e) {
      throw new AttemptRejectedException(
          "The attempt token is forged, altered, meant for something else or expired. Reopen the module from the course.");
    } catch (ParseException | IllegalArgumentException | NullPointerException e) {
      throw new AttemptRejectedException("The attempt token cannot be read. Reopen the module from the course.");
    }
  }
}
