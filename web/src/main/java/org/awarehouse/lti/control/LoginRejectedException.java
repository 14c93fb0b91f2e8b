package org.awarehouse.lti.control;

/**
 * An OIDC login initiation, or the state it left behind, that this tool refuses (1EdTech
 * Security Framework 1.0 §5.1.1 and §5.1.2, LTI Core 1.3 §4.1).
 */
public class LoginRejectedException extends RuleBrokenException {

  public LoginRejectedException(String rule, String detail) {
    super(rule, detail);
  }

  @Override
  public String type() {
    return "lti-login-rejected";
  }

  @Override
  protected String refusal() {
    return "This LTI login cannot continue";
  }
}
