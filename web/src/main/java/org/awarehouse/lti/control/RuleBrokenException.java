package org.awarehouse.lti.control;

import org.awarehouse.platform.control.DomainException;

/**
 * An LTI step (login, registration) refused because a request broke a named rule; the rule's
 * slug is in the title, so the person's page and the log both name it.
 */
public abstract class RuleBrokenException extends DomainException {
  private final String rule;

  protected RuleBrokenException(String rule, String detail) {
    super(detail);
    this.rule = rule;
  }

  public String rule() {
    return rule;
  }

  /** What could not be done, such as "This LTI login cannot continue". */
  protected abstract String refusal();

  @Override
  public int status() {
    return 400;
  }

  @Override
  public String title() {
    return refusal() + " (" + rule + ")";
  }
}
