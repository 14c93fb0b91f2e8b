package org.awarehouse.content.control.importing;

/**
 * The sequencing control mode of a SCORM 2004 organisation (IMS SS 1.0 section 5.1): whether the
 * learner may pick any activity from the table of contents, and whether previous/next work.
 */
public record ControlMode(boolean choice, boolean flow) {

  /** IMS SS defaults: choice="true", flow="false". */
  public static final ControlMode SCORM_2004_DEFAULT = new ControlMode(true, false);
}
