package org.awarehouse.lti.control;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.awarehouse.lti.entity.Platform;
import org.awarehouse.lti.entity.PlatformEndpoints;

/**
 * LTI Dynamic Registration 1.0: the platform opens our registration URL with its OpenID
 * configuration URL and a registration token; we read the configuration (§3.4), check that the
 * issuer belongs to the host we fetched it from (§3.5.1), post our tool configuration with the
 * token (§3.5, §3.6) and store the client id and deployment the platform gives back. The URL an
 * administrator hands to the LMS carries a token signed by the tool that names the organisation.
 */
@ApplicationScoped
public class DynamicRegistrationService {
  static final String PURPOSE = "dynamic-registration";
  static final Duration LINK_TTL = Duration.ofDays(7);
  static final int MAX_BYTES = 256 * 1024;
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final String TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";
  private static final String PLATFORM_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-platform-configuration";
  static final String SCOPES = String.join(" ",
      "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
      "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
      "https://purl.imsglobal.org/spec/lti-ags/scope/score",
      "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly");

  @Inject ToolTokens tokens;
  @Inject ToolUrls urls;
  @Inject PlatformService platforms;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
      .followRedirects(HttpClient.Redirect.NEVER).build();

  /** The registration URL for an organisation, to paste into the LMS; valid for a week. */
  public String registrationUrl(UUID organisationId) {
    String key = tokens.forSelf(PURPOSE, LINK_TTL,
        new JWTClaimsSet.Builder().claim("organisation", organisationId.toString()));
    return urls.base() + "/lti/register?key=" + key;
  }

  public Platform register(String key, String openidConfiguration, String registrationToken) {
    UUID organisation = organisationOf(key);
    if (!PlatformUrls.acceptable(openidConfiguration)) {
      throw new RegistrationRejectedException("bad-openid-configuration-url",
          "The platform sent no openid_configuration URL, or not an https one.");
    }
    JsonObject config = fetch(openidConfiguration, registrationToken);
    // §3.5.1: the issuer MUST match the host the configuration was fetched from
    String issuer = required(config, "issuer");
    if (!URI.create(issuer).getHost().equalsIgnoreCase(URI.create(openidConfiguration).getHost())) {
      throw new RegistrationRejectedException("issuer-mismatch",
          "The platform's issuer is not on the host its configuration came from.");
    }
    if (config.containsKey("id_token_signing_alg_values_supported")
        && !config.getJsonArray("id_token_signing_alg_values_supported").contains(Json.createValue("RS256"))) {
      throw new RegistrationRejectedException("no-rs256", "The platform does not sign id_tokens with RS256.");
    }
    String registrationEndpoint = acceptableUrl(config, "registration_endpoint");
    PlatformEndpoints endpoints = new PlatformEndpoints(name(config), issuer, "pending",
        acceptableUrl(config, "authorization_endpoint"), acceptableUrl(config, "token_endpoint"),
        acceptableUrl(config, "jwks_uri"), Set.of());
    JsonObject registered = post(registrationEndpoint, registrationToken, toolConfiguration());
    String clientId = required(registered, "client_id");
    JsonObject tool = registered.getJsonObject(TOOL_CONFIGURATION);
    String deployment = tool == null ? null : tool.getString("deployment_id", null);
    if (deployment == null) {
      throw new RegistrationRejectedException("no-deployment", "The platform registered the tool but named no deployment.");
    }
    return platforms.register(organisation, new PlatformEndpoints(endpoints.name(), issuer, clientId,
        endpoints.authUrl(), endpoints.tokenUrl(), endpoints.jwksUrl(), Set.of(deployment)));
  }

  // §3.5.2: the tool's registration request
  private JsonObject toolConfiguration() {
    return Json.createObjectBuilder()
        .add("application_type", "web")
        .add("response_types", Json.createArrayBuilder().add("id_token"))
        .add("grant_types", Json.createArrayBuilder().add("implicit").add("client_credentials"))
        .add("initiate_login_uri", urls.login())
        .add("redirect_uris", Json.createArrayBuilder().add(urls.launch()))
        .add("client_name", "Awarehouse")
        .add("jwks_uri", urls.jwks())
        .add("token_endpoint_auth_method", "private_key_jwt")
        .add("scope", SCOPES)
        .add(TOOL_CONFIGURATION, Json.createObjectBuilder()
            .add("domain", URI.create(urls.base()).getAuthority())
            .add("target_link_uri", urls.launch())
            .add("description", "Short, role-based security-awareness modules")
            // pseudonymous by default: no name or e-mail claims are asked for
            .add("claims", Json.createArrayBuilder().add("iss").add("sub"))
            .add("messages", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("type", "LtiDeepLinkingRequest")
                .add("target_link_uri", urls.deepLinking())
                .add("label", "Awarehouse modules"))))
        .build();
  }

  private UUID organisationOf(String key) {
    if (key == null || key.isBlank()) {
      throw new RegistrationRejectedException("missing-key",
          "Use the registration URL from the Awarehouse API (POST /api/platforms/registration-url).");
    }
    try {
      return UUID.fromString(tokens.verifySelf(key, PURPOSE).getStringClaim("organisation"));
    } catch (LoginRejectedException | ParseException | IllegalArgumentException | NullPointerException e) {
      throw new RegistrationRejectedException("bad-key",
          "The registration URL is damaged or expired (it lasts a week). Ask for a new one.");
    }
  }

  private JsonObject fetch(String url, String bearer) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET()
        .header("Accept", "application/json");
    if (bearer != null && !bearer.isBlank()) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return send(request.build(), "openid-configuration");
  }

  private JsonObject post(String url, String bearer, JsonObject body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    if (bearer != null && !bearer.isBlank()) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return send(request.build(), "registration");
  }

  private JsonObject send(HttpRequest request, String step) {
    try {
      HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (response.statusCode() / 100 != 2) {
          throw new RegistrationRejectedException(step + "-refused",
              "The platform answered the " + step + " request with HTTP " + response.statusCode() + ".");
        }
        if (bytes.length > MAX_BYTES) {
          throw new RegistrationRejectedException(step + "-too-large", "The platform's " + step + " answer is too large.");
        }
        try (var reader = Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
          return reader.readObject();
        }
      }
    } catch (IOException | JsonException | ClassCastException e) {
      throw new RegistrationRejectedException(step + "-unreadable",
          "The platform's " + step + " answer could not be read as a JSON object.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RegistrationRejectedException(step + "-interrupted", "The registration was interrupted.");
    }
  }

  private static String name(JsonObject config) {
    JsonObject platform = config.getJsonObject(PLATFORM_CONFIGURATION);
    String family = platform == null ? null : platform.getString("product_family_code", null);
    return (family == null ? "LTI platform" : family) + " " + URI.create(config.getString("issuer")).getHost();
  }

  private static String acceptableUrl(JsonObject config, String field) {
    String url = required(config, field);
    if (!PlatformUrls.acceptable(url)) {
      throw new RegistrationRejectedException("bad-" + field.replace('_', '-'), "The platform's " + field + " is not an https URL.");
    }
    return url;
  }

  private static String required(JsonObject json, String field) {
    JsonValue value = json.get(field);
    if (!(value instanceof JsonString text) || text.getString().isBlank()) {
      throw new RegistrationRejectedException("missing-" + field.replace('_', '-'), "The platform's answer has no " + field + ".");
    }
    return text.getString();
  }
}
