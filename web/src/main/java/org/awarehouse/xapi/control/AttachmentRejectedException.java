package org.awarehouse.xapi.control;

import java.util.List;
import org.awarehouse.platform.control.DomainException;
import org.awarehouse.platform.control.FieldError;

/**
 * Attachment headers and attachment data that do not fit together (Communication §1.5.2.s3.b5): an
 * attachment without fileUrl and without a part, or a part no attachment names. Answered 400.
 */
public class AttachmentRejectedException extends DomainException {
  private final List<FieldError> errors;

  public AttachmentRejectedException(String field, String message) {
    super(field + ": " + message);
    this.errors = List.of(new FieldError(field, message));
  }

  @Override
  public int status() {
    return 400;
  }

  @Override
  public String type() {
    return "xapi-invalid-attachment";
  }

  @Override
  public String title() {
    return "The attachments do not match the statements";
  }

  @Override
  public List<FieldError> fieldErrors() {
    return errors;
  }
}
