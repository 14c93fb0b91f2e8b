package org.awarehouse.lti.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.awarehouse.lti.entity.PlatformEndpoints;

/** Body of POST and PUT /api/platforms. Endpoint URLs must be https, or http on localhost for tests. */
public record PlatformRegistration(
    @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
    @NotBlank(message = "is required") @Size(max = 255, message = "must be at most 255 characters") String issuer,
    @NotBlank(message = "is required") @Size(max = 255, message = "must be at most 255 characters") String clientId,
    @NotBlank(message = "is required") @Pattern(regexp = URL, message = URL_MESSAGE) String authUrl,
    @NotBlank(message = "is required") @Pattern(regexp = URL, message = URL_MESSAGE) String tokenUrl,
    @NotBlank(message = "is required") @Pattern(regexp = URL, message = URL_MESSAGE) String jwksUrl,
    @NotEmpty(message = "must list at least one deployment id") Set<@NotBlank @Size(max = 255) String> deploymentIds) {

  static final String URL = "(https://|http://(localhost|127\\.0\\.0\\.1)(:\\d+)?/)\\S{1,990}";
  static final String URL_MESSAGE = "must be an https URL (http only for localhost)";

  PlatformEndpoints endpoints() {
    return new PlatformEndpoints(name.strip(), issuer.strip(), clientId.strip(), authUrl, tokenUrl, jwksUrl, deploymentIds);
  }
}
