package org.awarehouse.lti.control;

import org.awarehouse.platform.control.DomainException;

/**
 * An OIDC login initiation this tool refuses, naming the rule it broke and where the rule is
 * written (1EdTech Security Framework 1.0 §5.1.1, LTI Core 1.3 §4.1).
 */
public class LoginRejectedException extends DomainException {
  private final String rule;

  public LoginRejectedException(String rule, String detail) {
    super(detail);
    this.rule = rule;
  }

  public String rule() {
    return rule;
  }

  @Override
  public int status() {
    return 400;
  }

  @Override
  public String type() {
    return "lti-login-rejected";
  }

  @Override
  public String title() {
    return "This LTI login cannot continue (" + rule + ")";
  }
}
