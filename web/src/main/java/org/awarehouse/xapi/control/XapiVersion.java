package org.awarehouse.xapi.control;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The xAPI versions this LRS speaks, chosen per request by the {@code X-Experience-API-Version}
 * header (xAPI 1.0.3 Communication §3.3; IEEE 9274.1.1 keeps the header and its rules).
 */
public enum XapiVersion {
  /** xAPI 1.0.3, which answers for every 1.0.x request. */
  V1_0_3("1.0.3", Pattern.compile("1\\.0(\\.\\d+)?")),
  /** xAPI 2.0 (IEEE 9274.1.1-2023). */
  V2_0_0("2.0.0", Pattern.compile("2\\.0(\\.\\d+)?"));

  private final String header;
  private final Pattern accepted;

  XapiVersion(String header, Pattern accepted) {
    this.header = header;
    this.accepted = accepted;
  }

  /**
   * The version a request asks for. Communication §3.3: an LRS MUST accept "1.0" as "1.0.0" and any
   * 1.0.x patch version, and MUST reject a version it does not support; an empty result means the
   * request is to be rejected.
   */
  public static Optional<XapiVersion> negotiate(String headerValue) {
    if (headerValue == null) {
      return Optional.empty();
    }
    String value = headerValue.trim();
    for (XapiVersion version : values()) {
      if (version.accepted.matcher(value).matches()) {
        return Optional.of(version);
      }
    }
    return Optional.empty();
  }

  /** The value of the {@code X-Experience-API-Version} response header for this version. */
  public String header() {
    return header;
  }

  /**
   * Whether a statement's own "version" property belongs to this version: Data §2.4.10 formats it
   * like the header, and an LRS MUST reject a 1.0.x statement version that does not start with
   * "1.0." (for 2.0, "2.0."); "1.0" itself is the header's short form of 1.0.0.
   */
  boolean acceptsStatementVersion(String statementVersion) {
    return accepted.matcher(statementVersion).matches();
  }
}
