package org.awarehouse.lti.control;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Platforms' public keys, fetched from their JWKS URLs and cached per node with a TTL. An
 * unknown kid triggers at most one refetch per platform per {@link #REFETCH_INTERVAL}, so that
 * tokens with invented kids cannot make us hammer a platform. Responses are size-capped.
 */
@ApplicationScoped
public class PlatformKeys {
  private static final Logger LOG = Logger.getLogger(PlatformKeys.class.getName());
  static final Duration TTL = Duration.ofMinutes(10);
  static final Duration REFETCH_INTERVAL = Duration.ofSeconds(10);
  static final int MAX_JWKS_BYTES = 256 * 1024;
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  @Inject Clock clock;

  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(TIMEOUT)
      .followRedirects(HttpClient.Redirect.NORMAL)
      .build();
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  private record Cached(JWKSet keys, Instant fetchedAt) {}

  /** A resolver over the key set at {@code jwksUrl}. */
  public KeyResolver forUrl(String jwksUrl) {
    return new KeyResolver() {
      @Override
      public Optional<JWK> key(String kid) {
        return Optional.ofNullable(current(jwksUrl).getKeyByKeyId(kid));
      }

      @Override
      public Optional<JWK> refetch(String kid) {
        Cached cached = cache.get(jwksUrl);
        if (cached != null && cached.fetchedAt().plus(REFETCH_INTERVAL).isAfter(clock.instant())) {
          return Optional.empty();
        }
        return Optional.ofNullable(fetch(jwksUrl).getKeyByKeyId(kid));
      }
    };
  }

  private JWKSet current(String jwksUrl) {
    Cached cached = cache.get(jwksUrl);
    if (cached != null && cached.fetchedAt().plus(TTL).isAfter(clock.instant())) {
      return cached.keys();
    }
    return fetch(jwksUrl);
  }

  private JWKSet fetch(String jwksUrl) {
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create(jwksUrl)).timeout(TIMEOUT)
          .header("Accept", "application/json").GET().build();
      HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() != 200) {
          throw new IOException("HTTP " + response.statusCode());
        }
        byte[] bytes = body.readNBytes(MAX_JWKS_BYTES + 1);
        if (bytes.length > MAX_JWKS_BYTES) {
          throw new IOException("key set larger than " + MAX_JWKS_BYTES + " bytes");
        }
        JWKSet keys = JWKSet.parse(new String(bytes, StandardCharsets.UTF_8)).toPublicJWKSet();
        cache.put(jwksUrl, new Cached(keys, clock.instant()));
        return keys;
      }
    } catch (IOException | ParseException e) {
      LOG.warning(() -> "Cannot read the platform key set at " + jwksUrl + ": " + e.getMessage());
      Cached stale = cache.get(jwksUrl);
      return stale != null ? stale.keys() : new JWKSet();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new JWKSet();
    }
  }
}
