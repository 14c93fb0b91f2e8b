package org.awarehouse.lti.control;

/** The course console refused a page token: it is not an instructor's or administrator's. */
public class ConsoleRefusedException extends RuleBrokenException {

  public ConsoleRefusedException(String rule, String detail) {
    super(rule, detail);
  }

  @Override
  public int status() {
    return 403;
  }

  @Override
  public String type() {
    return "lti-console-refused";
  }

  @Override
  protected String refusal() {
    return "The course overview is for instructors and administrators";
  }
}
