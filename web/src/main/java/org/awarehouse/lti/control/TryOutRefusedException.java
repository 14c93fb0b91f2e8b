package org.awarehouse.lti.control;

/** A page token asked to try its module, but it is not an instructor's or administrator's. */
public class TryOutRefusedException extends RuleBrokenException {

  public TryOutRefusedException(String rule, String detail) {
    super(rule, detail);
  }

  @Override
  public int status() {
    return 403;
  }

  @Override
  public String type() {
    return "lti-try-out-refused";
  }

  @Override
  protected String refusal() {
    return "Trying a module is for instructors and administrators";
  }
}
