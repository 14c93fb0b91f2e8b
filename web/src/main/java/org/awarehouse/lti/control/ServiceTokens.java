package org.awarehouse.lti.control;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.awarehouse.lti.entity.Platform;

/**
 * Access tokens for LTI Advantage services: the OAuth 2 client-credentials grant with a signed
 * JWT client assertion (1EdTech Security Framework 1.0 §4.1, RFC 7523). Tokens are cached per
 * platform and scope set until shortly before they expire.
 */
@ApplicationScoped
public class ServiceTokens {
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private static final JsonProvider JSON = JsonProvider.provider();
  private static final Duration EARLY = Duration.ofSeconds(60);

  @Inject ToolTokens tokens;
  @Inject Clock clock;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  private record Cached(String token, Instant until) {}

  /** A refusal by the token endpoint; {@code permanent} when retrying cannot help (4xx). */
  public static class TokenRefusedException extends RuntimeException {
    final boolean permanent;

    TokenRefusedException(String message, boolean permanent) {
      super(message);
      this.permanent = permanent;
    }

    public boolean permanent() {
      return permanent;
    }
  }

  public String token(Platform platform, List<String> scopes) throws IOException, InterruptedException {
    String key = platform.id() + " " + String.join(" ", new TreeSet<>(scopes));
    Cached cached = cache.get(key);
    if (cached != null && cached.until().isAfter(clock.instant())) {
      return cached.token();
    }
    Cached fresh = request(platform, scopes);
    cache.put(key, fresh);
    return fresh.token();
  }

  /** After a 401 from a service: the cached token is no good, whatever its expiry said. */
  public void forget(Platform platform, List<String> scopes) {
    cache.remove(platform.id() + " " + String.join(" ", new TreeSet<>(scopes)));
  }

  private Cached request(Platform platform, List<String> scopes) throws IOException, InterruptedException {
    Instant now = clock.instant();
    // §4.1.1: iss and sub are the client id, aud the token endpoint, a fresh jti, a short life
    String assertion = tokens.sign(new JWTClaimsSet.Builder()
        .issuer(platform.clientId()).subject(platform.clientId()).audience(platform.tokenUrl())
        .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
        .jwtID(UUID.randomUUID().toString()).build());
    String form = "grant_type=client_credentials"
        + "&client_assertion_type=" + encode("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
        + "&client_assertion=" + encode(assertion) + "&scope=" + encode(String.join(" ", scopes));
    ServiceCalls.Answer answer = ServiceCalls.send(HttpRequest.newBuilder(URI.create(platform.tokenUrl()))
        .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(form)).build());
    int status = answer.status();
    if (status != 200) {
      throw new TokenRefusedException("The platform's token endpoint answered " + status + ": "
          + snippet(answer.body()), status >= 400 && status < 500 && status != 429);
    }
    try (var reader = JSON.createReader(new StringReader(answer.body()))) {
      JsonObject body = reader.readObject();
      if (!(body.get("access_token") instanceof JsonString token)) {
        throw new TokenRefusedException("The platform's token answer has no access_token", true);
      }
      long expiresIn = body.containsKey("expires_in") ? body.getJsonNumber("expires_in").longValue() : 3600;
      return new Cached(token.getString(), now.plusSeconds(expiresIn).minus(EARLY));
    } catch (RuntimeException e) {
      if (e instanceof TokenRefusedException refused) {
        throw refused;
      }
      throw new TokenRefusedException("The platform's token answer is not JSON: " + snippet(answer.body()), true);
    }
  }

  static String snippet(String body) {
    return body == null ? "" : body.substring(0, Math.min(300, body.length()));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
