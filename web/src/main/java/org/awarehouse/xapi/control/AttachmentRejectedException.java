package org.awarehouse.xapi.control;

import org.awarehouse.platform.control.InvalidInputException;

/**
 * Attachment headers and attachment data that do not fit together (Communication §1.5.2.s3.b5): an
 * attachment without fileUrl and without a part, or a part no attachment names. Answered 400.
 */
public class AttachmentRejectedException extends InvalidInputException {

  public AttachmentRejectedException(String field, String message) {
    super(field, message);
  }

  @Override
  public String type() {
    return "xapi-invalid-attachment";
  }

  @Override
  public String title() {
    return "The attachments do not match the statements";
  }
}
