package org.awarehouse.xapi.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of PUT /api/xapi/forwarding: the external LRS's xAPI base URL and its credentials. */
public record ForwardingTarget(
    @NotBlank(message = "is required") @Size(max = 1000, message = "must be at most 1000 characters") String endpoint,
    @NotBlank(message = "is required") String key,
    @NotBlank(message = "is required") String secret) {}
