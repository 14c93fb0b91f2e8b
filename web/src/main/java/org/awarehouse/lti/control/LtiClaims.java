package org.awarehouse.lti.control;

/** Names of the LTI claims in an id_token, as LTI Core 1.3 and its service specifications spell them. */
public final class LtiClaims {
  private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";

  public static final String MESSAGE_TYPE = LTI + "message_type";
  public static final String VERSION = LTI + "version";
  public static final String DEPLOYMENT_ID = LTI + "deployment_id";
  public static final String TARGET_LINK_URI = LTI + "target_link_uri";
  public static final String RESOURCE_LINK = LTI + "resource_link";
  public static final String ROLES = LTI + "roles";
  public static final String CONTEXT = LTI + "context";
  public static final String LAUNCH_PRESENTATION = LTI + "launch_presentation";
  public static final String CUSTOM = LTI + "custom";
  public static final String DEEP_LINKING_SETTINGS =
      "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";
  public static final String AGS_ENDPOINT = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
  public static final String NRPS_SERVICE =
      "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";

  private LtiClaims() {}
}
