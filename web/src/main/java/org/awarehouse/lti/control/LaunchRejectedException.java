package org.awarehouse.lti.control;

import java.util.Objects;
import org.awarehouse.platform.control.DomainException;

/**
 * A platform's launch failed one rule of the LTI 1.3 or 1EdTech Security Framework specifications.
 * The rule slug is stable so the error page, logs and tests can tell rejections apart; the spec
 * reference tells an LMS administrator where the requirement is written. The detail never quotes
 * the id_token, nor personal claims such as {@code sub} or {@code email}.
 */
public class LaunchRejectedException extends DomainException {

  /**
   * Every way a launch can be rejected. 401 when the token cannot be trusted (who signed it, for
   * whom, when, and whether it was seen before: Security Framework §5.1.3 step 3 asks for 401);
   * 400 when a trusted token does not carry a well-formed LTI message.
   */
  public enum Rule {
    TOKEN_TOO_LARGE("token-too-large", 400),
    MALFORMED_TOKEN("malformed-token", 400),
    ALG_NOT_ALLOWED("alg-not-allowed", 401),
    MISSING_KID("missing-kid", 401),
    UNKNOWN_KID("unknown-kid", 401),
    UNUSABLE_KEY("unusable-key", 401),
    BAD_SIGNATURE("bad-signature", 401),
    WRONG_ISSUER("wrong-issuer", 401),
    WRONG_AUDIENCE("wrong-audience", 401),
    AZP_MISSING("azp-missing", 401),
    AZP_MISMATCH("azp-mismatch", 401),
    EXPIRED("expired", 401),
    NOT_YET_VALID("not-yet-valid", 401),
    ISSUED_IN_FUTURE("issued-in-future", 401),
    ISSUED_TOO_LONG_AGO("issued-too-long-ago", 401),
    NONCE_MISMATCH("nonce-mismatch", 401),
    NONCE_REPLAYED("nonce-replayed", 401),
    UNKNOWN_DEPLOYMENT("unknown-deployment", 401),
    WRONG_VERSION("wrong-version", 400),
    UNSUPPORTED_MESSAGE_TYPE("unsupported-message-type", 400),
    MISSING_CLAIM("missing-claim", 400),
    MALFORMED_CLAIM("malformed-claim", 400);

    private final String slug;
    private final int status;

    Rule(String slug, int status) {
      this.slug = slug;
      this.status = status;
    }

    public String slug() {
      return slug;
    }
  }

  private static final int MAX_QUOTED_LENGTH = 80;

  private final Rule rule;
  private final String specReference;

  public LaunchRejectedException(Rule rule, String specReference, String detail) {
    // the spec reference travels in the detail, so that the page and the log name the rule's source
    super(detail + " (" + specReference + ")");
    this.rule = Objects.requireNonNull(rule);
    this.specReference = Objects.requireNonNull(specReference);
  }

  /** The stable slug of the broken rule, such as {@code bad-signature}. */
  public String rule() {
    return rule.slug();
  }

  /** Where the rule is written, such as "1EdTech Security Framework 1.0 §5.1.3 step 1". */
  public String specReference() {
    return specReference;
  }

  /**
   * A value from the token, fit to quote in a detail: only non-personal claims and headers are
   * quoted, in quotes, without control characters (which could forge log lines), and shortened.
   */
  static String quote(String value) {
    String printable = value.replaceAll("\\p{Cntrl}", "?");
    return "'"
        + (printable.length() <= MAX_QUOTED_LENGTH
            ? printable
            : printable.substring(0, MAX_QUOTED_LENGTH) + "…")
        + "'";
  }

  @Override
  public int status() {
    return rule.status;
  }

  @Override
  public String type() {
    return "lti-launch-rejected";
  }

  @Override
  public String title() {
    return "LTI launch rejected (" + rule.slug() + ")";
  }
}
