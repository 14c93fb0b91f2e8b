package org.awarehouse.lti.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.awarehouse.lti.control.PlatformUrls;
import org.awarehouse.lti.entity.PlatformEndpoints;

/** Body of POST and PUT /api/platforms. Endpoint URLs must be https, or http on localhost for tests. */
public record PlatformRegistration(
    @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
    @NotBlank(message = "is required") @Size(max = 255, message = "must be at most 255 characters") String issuer,
    @NotBlank(message = "is required") @Size(max = 255, message = "must be at most 255 characters") String clientId,
    @NotBlank(message = "is required") @Pattern(regexp = PlatformUrls.REGEX, message = PlatformUrls.RULE) String authUrl,
    @NotBlank(message = "is required") @Pattern(regexp = PlatformUrls.REGEX, message = PlatformUrls.RULE) String tokenUrl,
    @NotBlank(message = "is required") @Pattern(regexp = PlatformUrls.REGEX, message = PlatformUrls.RULE) String jwksUrl,
    @NotEmpty(message = "must list at least one deployment id") Set<@NotBlank @Size(max = 255) String> deploymentIds) {

  PlatformEndpoints endpoints() {
    return new PlatformEndpoints(name.strip(), issuer.strip(), clientId.strip(), authUrl, tokenUrl, jwksUrl, deploymentIds);
  }
}
