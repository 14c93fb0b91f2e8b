package org.awarehouse.lti.control;

import org.awarehouse.platform.control.DomainException;

/** A dynamic registration that cannot complete, naming the rule (LTI Dynamic Registration 1.0). */
public class RegistrationRejectedException extends DomainException {
  private final String rule;

  public RegistrationRejectedException(String rule, String detail) {
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
    return "lti-registration-rejected";
  }

  @Override
  public String title() {
    return "The tool could not be registered (" + rule + ")";
  }
}
