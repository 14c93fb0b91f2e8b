package org.awarehouse.xapi.control;

import static org.awarehouse.xapi.control.JsonShape.invalid;
import static org.awarehouse.xapi.control.JsonShape.object;
import static org.awarehouse.xapi.control.JsonShape.path;
import static org.awarehouse.xapi.control.JsonShape.string;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.regex.Pattern;

/**
 * The special data types of xAPI 1.0.3 Data §4: IRIs, UUIDs, language maps and extensions, plus the
 * formatted strings of Agents and Attachments. Each check returns the value or throws an {@link
 * InvalidStatementException} naming the property.
 */
final class XapiValues {
  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern MAILTO = Pattern.compile("mailto:[^@\\s]+@[^@\\s]+");
  private static final Pattern SHA1 = Pattern.compile("[0-9a-fA-F]{40}");
  // SHA-224, SHA-256, SHA-384 or SHA-512, hex-encoded as in X-Experience-API-Hash
  private static final Pattern SHA2 =
      Pattern.compile("[0-9a-fA-F]{56}|[0-9a-fA-F]{64}|[0-9a-fA-F]{96}|[0-9a-fA-F]{128}");
  // RFC 2045 §5.1: type "/" subtype *(";" parameter), with RFC 7230 tokens
  private static final String TOKEN = "[A-Za-z0-9!#$%&'*+.^_`|~-]+";
  private static final Pattern MEDIA_TYPE =
      Pattern.compile(
          TOKEN + "/" + TOKEN + "(\\s*;\\s*" + TOKEN + "=(" + TOKEN + "|\"[^\"]*\"))*\\s*");
  // RFC 3987 §2.2 excludes these from IRIs (besides controls and white space)
  private static final String NOT_IN_IRI = "<>\"{}|\\^`";

  private XapiValues() {}

  /**
   * An absolute IRI (§4.3). §2.2.s4.b1.b8 rejects IRIs without a scheme, and §2.2.s4.b6 allows
   * best-effort validation: a scheme, something after it, no white space or characters RFC 3987
   * excludes, and well-formed percent-encoding. IRLs (moreInfo, homePage, fileUrl) get the same
   * check.
   */
  static String iri(JsonValue value, String path) {
    String iri = string(value, path);
    if (!isIri(iri)) {
      throw invalid(path, "must be an absolute IRI, with a scheme such as https: and no spaces");
    }
    return iri;
  }

  static boolean isIri(String value) {
    if (!hasScheme(value)) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < IRI_ASCII.length ? !IRI_ASCII[c] : Character.isWhitespace(c) || Character.isISOControl(c)) {
        return false;
      }
      if (c == '%' && !isPercentEncoded(value, i)) {
        return false;
      }
    }
    return true;
  }

  /** The ASCII characters an IRI may hold as they are: printable, and not excluded by RFC 3987. */
  private static final boolean[] IRI_ASCII = new boolean[128];

  static {
    for (char c = '!'; c <= '~'; c++) {
      IRI_ASCII[c] = NOT_IN_IRI.indexOf(c) < 0;
    }
  }

  /**
   * RFC 3986 §3.1: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":" and something after it. By hand
   * rather than by pattern: every statement has a dozen IRIs, and the pattern walked each to its end.
   */
  private static boolean hasScheme(String value) {
    int colon = value.indexOf(':');
    if (colon < 1 || colon == value.length() - 1 || !isAsciiLetter(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < colon; i++) {
      char c = value.charAt(i);
      if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }

  private static boolean isPercentEncoded(String value, int at) {
    return at + 2 < value.length()
        && Character.digit(value.charAt(at + 1), 16) >= 0
        && Character.digit(value.charAt(at + 2), 16) >= 0;
  }

  /** §4.4: UUIDs MUST be in the standard string form; variant 2 is only recommended. */
  static boolean isUuid(String value) {
    return value != null && UUID.matcher(value).matches();
  }

  static String uuid(JsonValue value, String path) {
    String uuid = string(value, path);
    if (!isUuid(uuid)) {
      throw invalid(path, "must be a UUID in standard string form");
    }
    return uuid;
  }

  /**
   * §4.2: a language map has RFC 5646 tags as keys (§2.2.s4.b2) and strings as values; the
   * conformance suite also rejects an empty map, which names nothing in any language.
   */
  static void languageMap(JsonValue value, String path) {
    JsonObject map = object(value, path);
    if (map.isEmpty()) {
      throw invalid(path, "must hold at least one language");
    }
    map.forEach(
        (tag, text) -> {
          if (!LanguageTags.isValid(tag)) {
            throw invalid(path(path, tag), "is not an RFC 5646 language tag");
          }
          string(text, path(path, tag));
        });
  }

  /** §4.1.s3.b1: extension keys MUST be IRIs; b2: values are never a reason to reject. */
  static void extensions(JsonValue value, String path) {
    for (String key : object(value, path).keySet()) {
      if (!isIri(key)) {
        throw invalid(path(path, key), "extension keys must be absolute IRIs");
      }
    }
  }

  /** A language tag on its own, such as context.language (§2.4.6.s3.table1.row7). */
  static void languageTag(JsonValue value, String path) {
    if (!LanguageTags.isValid(string(value, path))) {
      throw invalid(path, "is not an RFC 5646 language tag");
    }
  }

  /** §2.4.2.3.s3.table1.row1: "mailto:email address". */
  static void mbox(JsonValue value, String path) {
    String mbox = string(value, path);
    if (!MAILTO.matcher(mbox).matches() || !isIri(mbox)) {
      throw invalid(path, "must be a mailto IRI such as mailto:learner@example.com");
    }
  }

  /** §2.4.2.3.s3.table1.row2: the hex-encoded SHA1 hash of a mailto IRI. */
  static void sha1(JsonValue value, String path) {
    if (!SHA1.matcher(string(value, path)).matches()) {
      throw invalid(path, "must be a hex-encoded SHA-1 hash (40 hex digits)");
    }
  }

  /** §2.4.11.s2.table1.row6: the SHA-2 hash of the attachment, as in X-Experience-API-Hash. */
  static void sha2(JsonValue value, String path) {
    if (!SHA2.matcher(string(value, path)).matches()) {
      throw invalid(path, "must be a hex-encoded SHA-2 hash");
    }
  }

  /** §2.4.11.s2.table1.row4: an Internet Media Type (RFC 2046). */
  static void mediaType(JsonValue value, String path) {
    if (!MEDIA_TYPE.matcher(string(value, path)).matches()) {
      throw invalid(path, "must be an Internet media type such as text/plain");
    }
  }
}
