package org.awarehouse.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ContentSecurityHeadersTest {

  static Map<String, String> headers(String publicUrl) {
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    ContentSecurityHeaders.forTool(publicUrl).apply(headers::put);
    return headers;
  }

  @Test
  void everyResponseCarriesThem() {
    Map<String, String> headers = headers("https://Learn.Example.org:8443/");
    assertEquals("nosniff", headers.get("X-Content-Type-Options"));
    assertEquals("no-referrer", headers.get("Referrer-Policy"));
    assertEquals("same-site", headers.get("Cross-Origin-Resource-Policy"));
    assertFalse(headers.containsKey("Set-Cookie"));
  }

  @Test
  void thePolicyLetsContentRunItsOwnCodeAndNothingFromElsewhere() {
    String policy = headers("https://learn.example.org/awh").get("Content-Security-Policy");
    assertTrue(policy.startsWith("default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob:;"), policy);
    assertFalse(policy.contains("frame-ancestors"), "CSP checks every ancestor, and the LMS page is one");
    assertTrue(policy.contains("connect-src 'self' https://learn.example.org data: blob:;"), policy);
    assertTrue(policy.contains("object-src 'none'"), policy);
    assertTrue(policy.contains("base-uri 'self'"), policy);
    assertTrue(policy.contains("form-action 'self'"), policy);
    assertFalse(policy.contains("*"), "no wildcard source: " + policy);
    assertFalse(policy.contains("https:;") || policy.contains(" http:"), "no scheme-wide source: " + policy);
  }

  @Test
  void theToolOriginKeepsAnExplicitPort() {
    assertEquals("http://localhost:8080", ContentSecurityHeaders.origin("http://localhost:8080/"));
    assertEquals("https://learn.example.org:8443", ContentSecurityHeaders.origin("HTTPS://Learn.Example.org:8443/x"));
    assertEquals("https://learn.example.org", ContentSecurityHeaders.origin("https://learn.example.org"));
  }

  @Test
  void aRelativePublicUrlIsAConfigurationError() {
    assertThrows(IllegalArgumentException.class, () -> ContentSecurityHeaders.origin("/relative"));
  }
}
