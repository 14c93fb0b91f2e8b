package org.awarehouse.xapi.control;

import org.awarehouse.platform.control.DomainException;

/**
 * A request without a supported X-Experience-API-Version header (xAPI 1.0.3 Communication §3.3:
 * the LRS rejects it with 400).
 */
public class XapiVersionException extends DomainException {

  public XapiVersionException(String sent) {
    super(sent == null
        ? "Send the header X-Experience-API-Version: 1.0.3 (or 2.0.0) with every request but GET /xapi/about."
        : "X-Experience-API-Version " + sent + " is not supported; this LRS speaks 1.0.x and 2.0.x.");
  }

  @Override
  public int status() {
    return 400;
  }

  @Override
  public String type() {
    return "xapi-version";
  }

  @Override
  public String title() {
    return "Unsupported or missing xAPI version";
  }
}
