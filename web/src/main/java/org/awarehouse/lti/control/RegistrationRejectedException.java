package org.awarehouse.lti.control;

/** A dynamic registration that cannot complete (LTI Dynamic Registration 1.0). */
public class RegistrationRejectedException extends RuleBrokenException {

  public RegistrationRejectedException(String rule, String detail) {
    super(rule, detail);
  }

  @Override
  public String type() {
    return "lti-registration-rejected";
  }

  @Override
  protected String refusal() {
    return "The tool could not be registered";
  }
}
