package org.awarehouse.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR this module built, exactly as the product ships it. */
final class Deployments {
  static final String MANAGEMENT = "http://127.0.0.1:10090";

  private Deployments() {}

  static WebArchive application() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("awarehouse.war")));
  }

  static String operatorToken() {
    return System.getProperty("awarehouse.it.bootstrap-token");
  }
}
