package org.awarehouse.xapi.boundary;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of POST /api/xapi-credentials. */
public record NewXapiCredential(
    @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
    boolean read,
    boolean write) {

  @AssertTrue(message = "must allow read, write or both")
  public boolean isAllowingSomething() {
    return read || write;
  }
}
