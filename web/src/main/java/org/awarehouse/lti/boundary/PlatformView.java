package org.awarehouse.lti.boundary;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awarehouse.lti.control.ToolUrls;
import org.awarehouse.lti.entity.Platform;

/** A platform registration as the API shows it, with the tool values the LMS admin needs. */
public record PlatformView(
    UUID id, String name, String issuer, String clientId, String authUrl, String tokenUrl, String jwksUrl,
    List<String> deploymentIds, boolean active, Instant createdAt, Instant updatedAt, ToolValues tool) {

  /** What to paste into the platform's tool configuration. */
  public record ToolValues(String loginUrl, String redirectUrl, String targetLinkUrl, String jwksUrl, String deepLinkingUrl) {

    static ToolValues of(ToolUrls urls) {
      return new ToolValues(urls.login(), urls.launch(), urls.launch(), urls.jwks(), urls.deepLinking());
    }
  }

  static PlatformView of(Platform p, ToolUrls urls) {
    return new PlatformView(p.id(), p.name(), p.issuer(), p.clientId(), p.authUrl(), p.tokenUrl(), p.jwksUrl(),
        p.deploymentIds().stream().sorted().toList(), p.active(), p.createdAt(), p.updatedAt(), ToolValues.of(urls));
  }
}
