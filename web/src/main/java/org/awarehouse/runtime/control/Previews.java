package org.awarehouse.runtime.control;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.UUID;
import org.awarehouse.content.control.Packages;
import org.awarehouse.lti.control.LoginRejectedException;
import org.awarehouse.lti.control.ToolTokens;
import org.awarehouse.lti.control.ToolUrls;
import org.awarehouse.platform.control.Sha256;

/**
 * Authors' previews: a short-lived link that opens the player on one version, drafts too, outside
 * any LMS. The author plays under a pseudonym of their API token, and the attempt makes no
 * statements.
 */
@ApplicationScoped
public class Previews {
  static final String PURPOSE = "package-preview";
  static final Duration TTL = Duration.ofMinutes(30);

  @Inject ToolTokens tokens;
  @Inject ToolUrls urls;
  @Inject Packages packages;
  @Inject Attempts attempts;

  /** The link to a preview, for the author behind {@code apiTokenId}. */
  public String link(UUID organisationId, UUID apiTokenId, UUID packageId, int number) {
    packages.version(organisationId, packageId, number); // an unknown version fails now, not when opened
    String token = tokens.forSelf(PURPOSE, TTL, new JWTClaimsSet.Builder()
        .subject(apiTokenId.toString())
        .claim("org", organisationId.toString())
        .claim("package", packageId.toString())
        .claim("number", number));
    return urls.base() + "/lti/preview?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
  }

  public Attempts.Started open(String token) {
    if (token == null || token.isBlank()) {
      throw new LoginRejectedException("missing-preview-token", "This preview link is incomplete. Ask for a new one.");
    }
    JWTClaimsSet claims = tokens.verifySelf(token, PURPOSE);
    try {
      UUID organisationId = UUID.fromString(claims.getStringClaim("org"));
      // pseudonymous like learners, and never equal to a learner's pseudonym (those are base64url HMACs)
      String author = "preview-" + Sha256.hex(claims.getSubject()).substring(0, 35);
      return attempts.preview(new Attempts.Launcher(organisationId, author, null, null, null, null),
          UUID.fromString(claims.getStringClaim("package")), claims.getIntegerClaim("number"));
    } catch (ParseException | IllegalArgumentException | NullPointerException e) {
      throw new LoginRejectedException("invalid-preview-token", "This preview link cannot be read. Ask for a new one.");
    }
  }
}
