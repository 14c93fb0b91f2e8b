package org.awarehouse.runtime.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.awarehouse.content.control.PackageStructure;

/**
 * What the LMS hands an AU at launch: the launch URL with its five parameters (cmi5 section 8.1)
 * and the LMS.LaunchData State document (section 10). Pure, so both shapes are unit-tested.
 */
public final class Cmi5Launch {
  public static final String LAUNCH_DATA = "LMS.LaunchData";
  private static final JsonProvider JSON = JsonProvider.provider();

  private Cmi5Launch() {}

  /** The launch parameters of section 8.1. */
  public record Parameters(String endpoint, String fetch, JsonObject actor, UUID registration, String activityId) {}

  /**
   * The AU's URL with the launch parameters appended to its query (8.1: "name/value pairs in a
   * query string appended to the URL"; "Each value ... MUST be URL-encoded"). A fragment stays last.
   */
  public static String url(String auUrl, Parameters p) {
    int hash = auUrl.indexOf('#');
    String base = hash < 0 ? auUrl : auUrl.substring(0, hash);
    String fragment = hash < 0 ? "" : auUrl.substring(hash);
    String separator = base.indexOf('?') < 0 ? "?" : base.endsWith("?") || base.endsWith("&") ? "" : "&";
    return base + separator
        + "endpoint=" + encode(p.endpoint())
        + "&fetch=" + encode(p.fetch())
        + "&actor=" + encode(p.actor().toString())
        + "&registration=" + encode(p.registration().toString())
        + "&activityId=" + encode(p.activityId())
        + fragment;
  }

  /**
   * Section 10: the contextTemplate with the session id (9.6.3.1) and the publisher's AU id in
   * the grouping (9.6.2.3); launchMode Normal; moveOn always; masteryScore, launchParameters and
   * entitlementKey when the course structure has them. No returnURL: the player stays open
   * around the AU and moves on itself.
   */
  public static JsonObject launchData(UUID sessionId, PackageStructure.Unit unit) {
    JsonObject template = JSON.createObjectBuilder()
        .add("contextActivities", JSON.createObjectBuilder()
            .add("grouping", JSON.createArrayBuilder().add(Cmi5Statements.publisherActivity(unit.id()))))
        .add("extensions", JSON.createObjectBuilder().add(Cmi5Statements.SESSION_ID, sessionId.toString()))
        .build();
    JsonObjectBuilder data = JSON.createObjectBuilder()
        .add("contextTemplate", template)
        .add("launchMode", Cmi5Statements.NORMAL)
        .add("launchMethod", unit.launchMethod() == null ? "AnyWindow" : unit.launchMethod())
        .add("moveOn", Cmi5Statements.moveOn(unit));
    if (unit.masteryScore() != null) {
      data.add("masteryScore", unit.masteryScore());
    }
    if (unit.launchParameters() != null) {
      data.add("launchParameters", unit.launchParameters());
    }
    if (unit.entitlementKey() != null) {
      data.add("entitlementKey", JSON.createObjectBuilder().add("courseStructure", unit.entitlementKey()));
    }
    return data.build();
  }

  private static final java.util.regex.Pattern LANGUAGE_TAG =
      java.util.regex.Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

  /**
   * An LTI launch's locale as the RFC 5646 tag that {@code languagePreference} lists (cmi5
   * section 11): {@code nl_NL} becomes {@code nl-NL}; anything else unreadable gives null.
   */
  public static String languageTag(String locale) {
    if (locale == null) {
      return null;
    }
    String tag = locale.strip().replace('_', '-');
    return LANGUAGE_TAG.matcher(tag).matches() ? tag : null;
  }

  /** A stored JSON document as an object; empty when it is not one. */
  static java.util.Optional<JsonObject> jsonObject(byte[] content) {
    try (jakarta.json.JsonReader reader = JSON.createReader(new java.io.ByteArrayInputStream(content))) {
      return java.util.Optional.of(reader.readObject());
    } catch (RuntimeException e) {
      return java.util.Optional.empty();
    }
  }

  /** Percent-encoding for a query value; a space is %20, which every reader decodes alike. */
  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
